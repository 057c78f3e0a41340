using System.Collections.Frozen;

namespace PetitionBot.Language.Text;

/// <summary>Traditional → simplified for characters that show up in petition work (not a full converter).</summary>
internal static class TraditionalChinese
{
    private const string Pairs = "記记 詢询 進进 規规 條条 來来 訪访 電电 務务 處处 問问 責责 誡诫 報报 週周 後后 號号 點点 時时 個个 兩两 倆俩 萬万 億亿 禮礼 幫帮 麼么 設设 訂订 閱阅 銷销 辦办 結结 轉转 復复 複复 評评 價价 終终 達达 應应 議议 見见 範范 團团 體体 們们 這这 還还 嗎吗 樣样 為为 與与 從从 頭头 開开 會会 當当 對对 錯错 沒没 請请 謝谢 碼码 證证 機机 話话 聯联 繫系 屬属 鎮镇 區区 縣县 鄉乡 華华 東东 紅红 資资 勞劳 動动 償偿 補补 權权 項项 題题 級级 單单 廳厅 長长 歲岁 讀读 說说 讓让 該该 給给 紀纪 黨党 懲惩 罰罚 職职 領领 導导 員员 態态 擴扩 嚴严 響响 實实 細细 則则 檢检 張张 陳陈 劉刘 楊杨 趙赵 黃黄 吳吴 鄭郑 馬马 孫孙 許许 鄧邓 馮冯 韓韩 蕭萧 蔣蒋 葉叶 歐欧 陽阳 諸诸 錢钱 衛卫 韋韦 顧顾 龍龙 鐘钟 鍾钟 盧卢 羅罗 蘇苏 賈贾 魯鲁 閻阎 湯汤 鄒邹 陸陆 譚谭 喬乔 賴赖 龔龚 傳传 寫写 錄录 輸输 創创 統统 計计 論论 執执 曆历 歷历 間间 門门 內内 現现 場场 幾几 幹干 誰谁 裡里 裏里 邊边 過过 經经 濟济 發发 農农 業业 醫医 療疗 學学 園园 環环 護护 稅税 費费 貸贷 銀银 決决 訴诉 願愿 訟讼 產产 築筑 違违 遷迁 徵征 額额 網网 絡络 線线 郵邮 參参 稱称 強强 製制 擔担 負负 專专 顯显 頁页 鐵铁 壓压 難难 氣气 歸归 約约 簽签 織织 風风 險险 斷断 聽听 證证 據据 釋释 類类 閉闭 務务 訊讯 錄录 舉举 屆届 齊齐 鬧闹 漢汉 貴贵 廣广 遼辽 滬沪 陝陕 寧宁 蘭兰 灣湾 臺台 門门 舊旧 將将 雙双 這这 準准 則则 屆届 夠够 總总 數数 額额 們们 帳账 賬账 務务 鄰邻 戶户 碼码 憑凭 線线 紙纸 紳绅 療疗 歲岁 隻只 幣币 塊块 給给 並并 觀观 況况 斷断 覺觉 該该 輕轻 較较 導导 擬拟 辭辞 調调 離离 職职 處处 節节 劃划 惡恶 劣劣 嚴严 狀状 態态 據据 訴诉 設设 計计 鍵键 隊队 準准 漸渐 確确 認认 剛刚 總总 臨临 遲迟 逾逾 嗎吗 啟启 題题 關关 係系 紀纪 錄录 備备 註注 戲戏 樂乐 動动 腦脑 靜静 聲声 號号 習习 標标 簡简 練练 歡欢 視视 雜杂 織织";

    private static readonly FrozenDictionary<char, char> Map = Build();

    public static char ToSimplified(char c) => Map.TryGetValue(c, out var s) ? s : c;

    private static FrozenDictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>();
        foreach (var pair in Pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (pair.Length == 2 && pair[0] != pair[1])
            {
                map.TryAdd(pair[0], pair[1]);
            }
        }
        return map.ToFrozenDictionary();
    }
}
