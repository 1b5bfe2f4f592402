// Page chrome: what a government site prints around every page, above the plan ("当前位置：首页 >
// 政务公开", "【字体：大 中 小】") and below it ("打印本页 关闭窗口", "上一篇：…", "扫一扫在手机打开当前页").
// It is never the plan's text: header searches skip it (outline/fields.ts) and no line join takes it
// into a paragraph (normalize/reflow.ts), so a closing "（市民政局、市住建局）" stays at its item's end.

// A page's buttons, alone or several on a line, bracketed or not, spaced or not (normalisation
// drops the spaces between Han characters): "打印本页 关闭窗口", "【打印】【关闭】", "[打印本页] [关闭窗口]".
const BUTTON = '(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|返回首页|返回列表|返回|我要纠错|纠错|收藏本页|收藏|分享到?|保存本页|下载|字体[：:]?|字号[：:]?|[大中小]|默认)';
const BUTTONS = new RegExp(`^(?:[【\\[［(（]?\\s*${BUTTON}\\s*[】\\]］)）]?[\\s|｜/·•]*)+$`);

// Each row: one kind of chrome line, with the form seen on real pages. `headerOnly` rows are loose
// enough to be text inside a hard-wrapped body ("字号…", a line of Latin letters "PPP"): they count
// only where the page's header is searched.
const CHROME: ReadonlyArray<{ pattern: RegExp; example: string; headerOnly?: true }> = [
  { pattern: /^(?:当前位置|您的位置|您现在的位置|您所在的位置|所在位置|位置)[：:]/, example: '当前位置：首页 > 政务公开' },
  { pattern: /^[>»›]|(?:首页|首頁)\s*[>»›/]/, example: '首页 / 文件汇编/ 正文' },
  { pattern: /^[【\[]?\s*(?:字体|字号)[：:]?\s*[【\[]?\s*(?:大|小|默认)?/, example: '【字体：大 中 小】', headerOnly: true },
  { pattern: BUTTONS, example: '【打印本页】 【关闭窗口】' },
  { pattern: /^(?:分享到?[：:]?|扫一扫.*|用手机扫.*|手机扫一扫.*|浏览次数.*|欢迎访问.*)$/, example: '扫一扫在手机打开当前页' },
  // a page's action buttons and section labels: "点赞 收藏 转发", "新闻详情", "政府信息公开", "适老版"
  {
    pattern: /^(?:点赞|转发|评论|纠错|新闻详情|详情|正文|政府信息公开|信息公开|政务公开|适老版.*|长者版|无障碍.*|设为首页|加入收藏|网站支持IPv6)$/i,
    example: '适老版',
  },
  // the links below an article: "上一篇：关于…的通知", "下一篇：无", "相关链接"
  { pattern: /^(?:上一篇|下一篇|上一条|下一条|上一页|下一页)\s*[：:]/, example: '上一篇：关于做好春节期间安全生产工作的通知' },
  { pattern: /^(?:相关链接|相关文章|相关阅读|相关新闻|相关稿件|相关附件|友情链接)[：:]?$/, example: '相关链接' },
  // the editor's byline under an article: "责任编辑：王明", "（责任编辑：李华）"
  { pattern: /^[（(【\[]?(?:责任编辑|责编|编辑|审核|校对|审校|终审|初审)[：:]\s*[^，。；：:]{0,24}[）)】\]]?$/, example: '责任编辑：王明' },
  { pattern: /^[\sA-Za-z.,&'()-]+$/, example: 'Health Commission of Henan Province', headerOnly: true },
];

const MAX_CHROME = 80;

/** A line a site prints around a page, never part of the plan's text (`inHeader`: the loose rows too). */
export function isPageChrome(text: string, inHeader = false): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_CHROME) return false;
  return CHROME.some((row) => (inHeader || !row.headerOnly) && row.pattern.test(trimmed));
}

/** For documentation and tests: each kind of chrome with its example. */
export function pageChromeExamples(): readonly string[] {
  return CHROME.map((row) => row.example);
}
