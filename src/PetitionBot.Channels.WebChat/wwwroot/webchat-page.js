// The chat page: sign in (or take the reverse proxy's user), then run Microsoft's Web Chat against our Direct Line.
(function () {
  'use strict';

  var SESSION_KEY = 'petitionbot.webchat.session';
  var ConnectionStatus = { ExpiredToken: 3, FailedToConnect: 4, Ended: 5 };
  var elements = {
    signIn: document.getElementById('sign-in'),
    form: document.getElementById('sign-in-form'),
    user: document.getElementById('user'),
    password: document.getElementById('password'),
    message: document.getElementById('sign-in-message'),
    button: document.getElementById('sign-in-button'),
    chatArea: document.getElementById('chat-area'),
    signOut: document.getElementById('sign-out'),
    jobs: document.querySelector('.jobs'),
    demo: document.getElementById('demo-accounts'),
    demoList: document.getElementById('demo-account-list'),
    demoPassword: document.getElementById('demo-password')
  };
  // ?ws=0 forces polling (networks whose proxies drop WebSockets).
  var useWebSocket = new URLSearchParams(location.search).get('ws') !== '0';
  var current = null;

  function showSignIn(message) {
    stopChat();
    sessionStorage.removeItem(SESSION_KEY);
    elements.message.textContent = message || '';
    elements.chatArea.hidden = true;
    elements.signOut.hidden = true;
    elements.signIn.hidden = false;
    elements.button.disabled = false;
    elements.user.focus();
  }

  function stopChat() {
    if (current) {
      current.subscription.unsubscribe();
      current.directLine.end();
      current = null;
    }
    // A fresh element: Web Chat keeps its state on the old one.
    var old = document.getElementById('webchat');
    var fresh = document.createElement('div');
    fresh.id = 'webchat';
    fresh.className = 'webchat';
    old.parentNode.replaceChild(fresh, old);
  }

  // Web Chat renders citations from markdown link definitions ("[1]: cite:1") matched to the schema.org Message
  // entity's claims; the bot sends the entity (as for Teams), so the definitions are added here.
  function withCitationLinks(activity) {
    if (!activity || activity.type !== 'message' || !activity.from || activity.from.role !== 'bot' || !activity.entities) return activity;
    var message = activity.entities.find(function (e) {
      return (e.type === 'https://schema.org/Message' || e['@type'] === 'Message') && Array.isArray(e.citation) && e.citation.length;
    });
    if (!message) return activity;
    var text = activity.text || '';
    var citation = message.citation.map(function (claim) {
      var appearance = Object.assign({}, claim.appearance || {});
      if (!appearance.text || appearance.encodingFormat === 'application/vnd.microsoft.card.adaptive') {
        appearance.text = appearance.abstract || appearance.name || '';
        delete appearance.encodingFormat;
      }
      var definition = '[' + claim.position + ']:';
      if (text.indexOf(definition) < 0) {
        var title = (appearance.name || '').replace(/"/g, '\u201d');
        text += (text.indexOf(']: cite:') < 0 ? '\n\n' : '\n') + definition + ' cite:' + claim.position + ' "' + title + '"';
      }
      return Object.assign({}, claim, { appearance: appearance });
    });
    var entities = activity.entities.map(function (e) { return e === message ? Object.assign({}, e, { citation: citation }) : e; });
    // The definitions only work in markdown; a plain text bot reply keeps its line breaks as hard breaks.
    var markdown = activity.textFormat === 'plain' ? text.replace(/\n(?!\n|\[\d+\]: cite:)/g, '  \n') : text;
    return Object.assign({}, activity, { text: markdown, textFormat: 'markdown', entities: entities });
  }

  // The one-tap starts the bot offers this user (staff get no case lists); the page's own buttons until it says.
  function showJobs(menu) {
    if (!Array.isArray(menu) || !menu.length) return;
    elements.jobs.textContent = '';
    menu.forEach(function (text) {
      var button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('data-say', text);
      button.textContent = text;
      elements.jobs.appendChild(button);
    });
  }

  function startChat(session) {
    stopChat();
    showJobs(session.menu);
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    elements.signIn.hidden = true;
    elements.chatArea.hidden = false;
    elements.signOut.hidden = false;

    var directLine = window.WebChat.createDirectLine({
      token: session.token,
      domain: location.origin + '/v3/directline',
      webSocket: useWebSocket,
      pollingInterval: 1000
    });
    var subscription = directLine.connectionStatus$.subscribe(function (status) {
      if (status === ConnectionStatus.ExpiredToken) showSignIn('登录已过期，请重新登录。');
      else if (status === ConnectionStatus.FailedToConnect) showSignIn('连接失败或登录已失效，请重新登录。');
    });
    var store = window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
            action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: withCitationLinks(action.payload.activity) }) });
          }
          return next(action);
        };
      };
    });
    current = { directLine: directLine, subscription: subscription, store: store };

    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      locale: 'zh-CN',
      userID: session.userId,
      username: session.userName,
      styleOptions: {
        botAvatarInitials: '助',
        userAvatarInitials: (session.userName || '我').slice(-1),
        hideUploadButton: true,
        suggestedActionLayout: 'flow',
        bubbleMaxWidth: 560,
        primaryFont: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
        accent: '#b71c1c',
        sendBoxTextWrap: true
      }
    }, document.getElementById('webchat'));
  }

  function say(text) {
    if (current) current.store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: text } });
  }

  elements.form.addEventListener('submit', function (event) {
    event.preventDefault();
    elements.button.disabled = true;
    elements.message.textContent = '';
    fetch('/webchat/signin', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: elements.user.value, password: elements.password.value })
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) throw new Error(body.error || '登录失败，请稍后再试。');
        elements.password.value = '';
        startChat(body);
      });
    }).catch(function (error) {
      elements.message.textContent = error.message || '登录失败，请稍后再试。';
      elements.button.disabled = false;
    });
  });

  elements.signOut.addEventListener('click', function () { showSignIn(''); });

  // The embedded demo's accounts (an empty list anywhere else): a tap fills the account id.
  function showDemoAccounts(demo) {
    if (!demo || !Array.isArray(demo.accounts) || !demo.accounts.length) return;
    demo.accounts.forEach(function (account) {
      var button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('data-account', account.id);
      var name = document.createElement('span');
      name.className = 'name';
      name.textContent = account.name + '（' + account.id + '）';
      var who = document.createElement('span');
      who.className = 'who';
      who.textContent = account.role + ' · ' + account.unit;
      button.appendChild(name);
      button.appendChild(who);
      button.addEventListener('click', function () {
        elements.user.value = account.id;
        elements.message.textContent = '';
        elements.password.focus();
      });
      var item = document.createElement('li');
      item.appendChild(button);
      elements.demoList.appendChild(item);
    });
    elements.demoPassword.textContent = demo.password || '';
    elements.demo.hidden = false;
  }

  // Direct Line JS refreshes the token every 15 minutes; keep the fresh one for a reload.
  window.addEventListener('pagehide', function () {
    var saved = sessionStorage.getItem(SESSION_KEY);
    if (current && saved && current.directLine.token) {
      var session = JSON.parse(saved);
      session.token = current.directLine.token;
      sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    }
  });

  elements.jobs.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-say]');
    if (button) say(button.getAttribute('data-say'));
  });

  if (!window.WebChat) {
    elements.signIn.hidden = false;
    elements.message.textContent = '聊天组件没有加载（缺少 /lib/webchat.js），请联系管理员。';
    elements.button.disabled = true;
    return;
  }

  // data-loaded says the answer was read (whether it listed anyone), for whoever waits on the page.
  fetch('/webchat/demo-accounts').then(function (response) {
    return response.ok ? response.json() : null;
  }).then(showDemoAccounts, function () { }).then(function () { elements.demo.setAttribute('data-loaded', 'true'); });

  var saved = null;
  try { saved = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null'); } catch (e) { saved = null; }
  if (saved && saved.token) {
    startChat(saved);
    return;
  }
  // Behind a reverse proxy that names the user, no sign-in form is needed: 200 with a session, 204 when signed out.
  fetch('/webchat/session').then(function (response) {
    return response.status === 200 ? response.json() : null;
  }).then(function (session) {
    if (session && session.token) startChat(session);
    else showSignIn('');
  }, function () { showSignIn(''); });
}());
