#!/usr/bin/env python3
"""Writes wecom-vectors.json: WeCom callback encryption vectors from an implementation independent of the C# one.

Scheme (WeCom "加解密方案说明"): AESKey = Base64Decode(EncodingAESKey + "="), AES-256-CBC, IV = AESKey[:16],
plaintext = random(16) + big-endian uint32 length of msg + msg + receiveid, PKCS#7 padded to a 32-byte multiple;
msg_signature = lowercase hex SHA1 of the four strings token, timestamp, nonce, msg_encrypt sorted and joined.

Every input is derived from fixed labels, so running the script again writes the same file. It also checks the values
WeCom's sample code publishes (token QDG6eK, corp id wx5823bf96d3bd56c7) and records what they decrypt to.

Usage: python3 make-vectors.py > wecom-vectors.json   (needs the `cryptography` package)
"""
import base64
import hashlib
import json
import struct
import sys

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def derived(label: str, size: int) -> bytes:
    """Deterministic bytes standing in for a random value."""
    return hashlib.sha256(label.encode("utf-8")).digest()[:size]


def encoding_aes_key(label: str) -> str:
    key = base64.b64encode(derived("key:" + label, 32)).decode("ascii")
    assert key.endswith("=") and len(key) == 44
    return key[:-1]


def aes_key(encoding_key: str) -> bytes:
    key = base64.b64decode(encoding_key + "=")
    assert len(key) == 32
    return key


def signature(token: str, timestamp: str, nonce: str, encrypted: str) -> str:
    return hashlib.sha1("".join(sorted([token, timestamp, nonce, encrypted])).encode("utf-8")).hexdigest()


def encrypt(encoding_key: str, random16: bytes, message: str, receive_id: str) -> str:
    key = aes_key(encoding_key)
    body = message.encode("utf-8")
    plain = random16 + struct.pack(">I", len(body)) + body + receive_id.encode("utf-8")
    padder = padding.PKCS7(256).padder()  # 256 bits: WeCom pads to 32 bytes, not AES's 16
    padded = padder.update(plain) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
    return base64.b64encode(encryptor.update(padded) + encryptor.finalize()).decode("ascii")


def decrypt(encoding_key: str, encrypted: str):
    key = aes_key(encoding_key)
    decryptor = Cipher(algorithms.AES(key), modes.CBC(key[:16])).decryptor()
    padded = decryptor.update(base64.b64decode(encrypted)) + decryptor.finalize()
    unpadder = padding.PKCS7(256).unpadder()
    plain = unpadder.update(padded) + unpadder.finalize()
    (length,) = struct.unpack(">I", plain[16:20])
    return plain[:16], plain[20:20 + length].decode("utf-8"), plain[20 + length:].decode("utf-8")


def made(name, token, key_label, receive_id, timestamp, nonce, message):
    key = encoding_aes_key(key_label)
    random16 = derived("random:" + name, 16)
    encrypted = encrypt(key, random16, message, receive_id)
    assert decrypt(key, encrypted) == (random16, message, receive_id)
    return {
        "name": name,
        "source": "make-vectors.py",
        "token": token,
        "encodingAesKey": key,
        "receiveId": receive_id,
        "timestamp": timestamp,
        "nonce": nonce,
        "randomHex": random16.hex(),
        "message": message,
        "msgSignature": signature(token, timestamp, nonce, encrypted),
        "encrypt": encrypted,
    }


def published(name, token, key, receive_id, timestamp, nonce, encrypted, msg_signature):
    """A vector WeCom published: the signature must check and the ciphertext must decrypt with this implementation."""
    assert signature(token, timestamp, nonce, encrypted) == msg_signature, name
    random16, message, got_receive_id = decrypt(key, encrypted)
    assert got_receive_id == receive_id, name
    assert encrypt(key, random16, message, receive_id) == encrypted, name
    return {
        "name": name,
        "source": "WeCom WXBizMsgCrypt sample code (Sample.cs, token QDG6eK)",
        "token": token,
        "encodingAesKey": key,
        "receiveId": receive_id,
        "timestamp": timestamp,
        "nonce": nonce,
        "randomHex": random16.hex(),
        "message": message,
        "msgSignature": msg_signature,
        "encrypt": encrypted,
    }


# The echo and the three callbacks share one application (token and key), as the endpoint tests serve them.
CORP = "ww0a1b2c3d4e5f6789"
TEXT_XML = ("<xml><ToUserName><![CDATA[ww0a1b2c3d4e5f6789]]></ToUserName><FromUserName><![CDATA[zhangsan]]></FromUserName>"
            "<CreateTime>1765000000</CreateTime><MsgType><![CDATA[text]]></MsgType>"
            "<Content><![CDATA[我想问一下信访事项的受理期限是多久？]]></Content><MsgId>7432101234567890123</MsgId>"
            "<AgentID>1000002</AgentID></xml>")
ENTER_XML = ("<xml><ToUserName><![CDATA[ww0a1b2c3d4e5f6789]]></ToUserName><FromUserName><![CDATA[lisi]]></FromUserName>"
             "<CreateTime>1765000100</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[enter_agent]]></Event>"
             "<EventKey><![CDATA[]]></EventKey><AgentID>1000002</AgentID></xml>")
CARD_XML = ("<xml><ToUserName><![CDATA[ww0a1b2c3d4e5f6789]]></ToUserName><FromUserName><![CDATA[wangwu]]></FromUserName>"
            "<CreateTime>1765000200</CreateTime><MsgType><![CDATA[event]]></MsgType>"
            "<Event><![CDATA[template_card_event]]></Event><EventKey><![CDATA[confirm]]></EventKey>"
            "<TaskId><![CDATA[task-0001]]></TaskId><CardType><![CDATA[button_interaction]]></CardType>"
            "<ResponseCode><![CDATA[rc-abc]]></ResponseCode><AgentID>1000002</AgentID></xml>")

vectors = [
    made("ascii-echo", "Tk9x", "b", CORP, "1765000000", "1234567", "1616140317555161061"),
    made("text-message-chinese", "Tk9x", "b", CORP, "1765000001", "abcXYZ", TEXT_XML),
    made("enter-agent-event", "Tk9x", "b", CORP, "1765000100", "98765", ENTER_XML),
    made("template-card-event", "Tk9x", "b", CORP, "1765000200", "n0nce", CARD_XML),
    made("empty-message", "t", "c", CORP, "1", "1", ""),
    # 16 + 4 + 10 + 18 = 48 bytes: padding to 64 adds 16.  16 + 4 + 24 + 20 = 64: a whole block of 32 padding bytes.
    made("pads-sixteen", "t", "c", CORP, "1765000300", "7", "0123456789"),
    made("pads-whole-block", "t", "c", "ww0a1b2c3d4e5f678901", "1765000301", "8", "abcdefghijklmnopqrstuvwx"),
    made("long-message", "t", "d", CORP, "1765000400", "9", "信访" * 700),
]

SAMPLE_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"
vectors.append(published(
    "wecom-sample-verify-url", "QDG6eK", SAMPLE_KEY, "wx5823bf96d3bd56c7", "1409659589", "263014780",
    "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==",
    "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3"))
vectors.append(published(
    "wecom-sample-post", "QDG6eK", SAMPLE_KEY, "wx5823bf96d3bd56c7", "1409659813", "1372623149",
    "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3"
    "TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gs"
    "ijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUa"
    "x5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIG"
    "HBZZIs2pDBS8R07+qN+E7Q==",
    "477715d11cdb4164915debcba66cb864d751f3e6"))

json.dump({"generator": "make-vectors.py (Python cryptography " + __import__("cryptography").__version__ + ")",
           "vectors": vectors}, sys.stdout, ensure_ascii=False, indent=2)
sys.stdout.write("\n")
