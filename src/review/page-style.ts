// The review page's stylesheet, inlined into every page (no network). One colour per kind of value,
// the same in the source, the outline and the legend; text that landed in no item is shaded grey.

// The fonts Chinese text is set in on each system: macOS, Windows, then Linux (Noto/Source Han, WenQuanYi)
const CJK_FONTS =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif';

export const PAGE_STYLE = `
:root { --heading: #cfe2ff; --heading-ink: #0b4ea2; --unit: #c9efd3; --units: #ecf8ef; --unit-ink: #146c2e;
  --deadline: #ffe2a8; --deadline-ink: #8a5300; --target: #f4d3f7; --target-ink: #7b1f86;
  --warn: #c5221f; --out: #f0f0f0; --out-ink: #7a7a7a; --line: #e3e3e3; --lit: #111; }
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 14px/1.6 ${CJK_FONTS}; color: #1f1f1f; background: #fff; display: flex; flex-direction: column; }
header { padding: 10px 16px 8px; border-bottom: 1px solid var(--line); background: #fafafa; }
h1 { font-size: 19px; margin: 0 0 2px; }
h2 { font-size: 16px; margin: 4px 0; }
.meta, .file { margin: 0; color: #444; }
.meta > span + span::before, .counts > span + span::before, .summary > span + span::before { content: " · "; color: #999; font-weight: 400; }
.file { font-size: 12px; color: #777; }
.summary { margin: 4px 0; font-weight: 600; }
.summary .n { font-variant-numeric: tabular-nums; }
.toolbar { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; margin-top: 4px; }
.toolbar .group { display: flex; gap: 6px; align-items: center; }
.toolbar .group > span { font-size: 12px; color: #666; }
.toolbar button { font: inherit; font-size: 13px; padding: 2px 10px; border: 1px solid #bbb; border-radius: 12px; background: #fff; cursor: pointer; }
.toolbar button[aria-pressed="true"] { background: #1f1f1f; color: #fff; border-color: #1f1f1f; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 10px; font-size: 12px; color: #444; }
.legend mark { padding: 0 6px; border-radius: 3px; }
.hint { font-size: 12px; color: #666; }
main { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(0, 11fr) minmax(0, 9fr); }
#source, #outline { overflow: auto; min-height: 0; }
#source { border-right: 1px solid var(--line); padding: 0 0 40vh; }
#outline { padding: 0 14px 40vh; }
#outline > .pane-title { margin: 0 -14px 6px; }
.pane-title { position: sticky; top: 0; z-index: 1; margin: 0; padding: 2px 12px; font-size: 12px; font-weight: 600; color: #555; background: #fff; border-bottom: 1px solid var(--line); }
.ln { display: grid; grid-template-columns: 4.2em minmax(0, 1fr); cursor: pointer; border-left: 3px solid transparent; }
.ln:hover { background: #f7f9fc; }
.ln .no { color: #999; text-align: right; padding-right: 10px; font: 12px/1.9 ui-monospace, "DejaVu Sans Mono", monospace; user-select: none; }
.ln .tx { white-space: pre-wrap; overflow-wrap: anywhere; padding-right: 12px; }
.ln.out .tx { background: var(--out); color: var(--out-ink); }
.ln.blank { line-height: .9; }
.ln.blank .no { line-height: .9; font-size: 10px; }
.ln.warn { border-left-color: var(--warn); }
.ln.sel { background: #eef4ff; }
.pb { margin: 8px 0; padding: 2px 12px; font-size: 12px; color: #666; background: #f3f3f3; border-top: 1px dashed #bbb; }
mark { color: inherit; background: transparent; border-radius: 2px; }
mark.k-units { background: var(--units); }
mark.k-heading { background: var(--heading); font-weight: 600; }
mark.k-target { background: var(--target); }
mark.k-deadline { background: var(--deadline); }
mark.k-lead, mark.k-support { background: var(--unit); }
mark.k-out { background: var(--out); color: var(--out-ink); }
.lit { outline: 2px solid var(--lit); outline-offset: 1px; }
.flash { animation: flash 1.2s ease-out 1; }
@keyframes flash { 0% { box-shadow: 0 0 0 6px #ffd400; } 100% { box-shadow: 0 0 0 0 transparent; } }
.diags { margin: 6px 0 10px; border: 1px solid #f0c4c3; border-radius: 6px; padding: 4px 10px; background: #fff8f8; }
.diags.none { border-color: var(--line); background: #fafafa; color: #666; }
.diags summary { cursor: pointer; font-weight: 600; }
.diags ol { margin: 4px 0; padding-left: 20px; }
.diags a { color: var(--warn); }
.diags .info a { color: #555; }
.plan { margin-bottom: 18px; }
.plan > .meta { font-size: 13px; }
.counts { font-size: 13px; color: #444; margin: 0 0 6px; }
ul.tree, ul.kids { list-style: none; margin: 0; padding-left: 0; }
ul.kids { padding-left: 16px; border-left: 1px solid #e6e6e6; margin-left: 5px; }
.node summary { cursor: pointer; padding: 1px 0; }
.node summary::marker { color: #999; }
.node.leaf summary { list-style: none; padding-left: 14px; }
.node.leaf summary::-webkit-details-marker { display: none; }
.node.sel > details > summary { background: #eef4ff; }
.node.warn > details > summary { box-shadow: inset 3px 0 0 var(--warn); }
a.v { color: inherit; text-decoration: none; border-radius: 2px; padding: 0 2px; }
a.v:hover, a.v:focus { text-decoration: underline; }
a.k-heading { color: var(--heading-ink); font-weight: 600; }
a.v.approx { border-bottom: 1px dotted #999; }
.where { font: 11px ui-monospace, "DejaVu Sans Mono", monospace; color: #999; margin-left: 4px; }
.badge { font-size: 11px; padding: 0 5px; border-radius: 8px; margin-left: 3px; }
.badge.nounits { background: #eee; color: #666; }
.badge.warn { background: #fde2e1; color: var(--warn); }
ul.vals { list-style: none; margin: 0 0 4px 14px; padding: 0; font-size: 13px; }
.val { padding: 1px 0; }
.role { display: inline-block; min-width: 5.2em; font-size: 11px; color: #666; }
.val.k-lead a.v, .val.k-support a.v { background: var(--unit); color: var(--unit-ink); margin-right: 3px; }
.val.k-units a.v { color: #555; }
.val.k-deadline a.v { background: var(--deadline); color: var(--deadline-ink); }
.val.k-target a.v { background: var(--target); color: var(--target-ink); }
.detail { color: #555; font-size: 12px; margin-left: 4px; }
.val.k-target .detail { display: block; margin-left: 5.2em; }
a.v.chosen { outline: 2px solid var(--lit); }
.f-nounits .node:not(.m-nounits), .f-targets .node:not(.m-targets), .f-warnings .node:not(.m-warn) { display: none; }
.f-nounits .node.m-nounits:not(.no-units) > details > summary { opacity: .5; }
.f-targets .val:not(.k-target) { display: none; }
.f-warnings .diags { display: block; }
.empty-note { color: #666; font-style: italic; }
table.files { border-collapse: collapse; margin: 12px 16px; font-size: 13px; }
table.files th, table.files td { border-bottom: 1px solid var(--line); padding: 3px 10px; text-align: right; }
table.files th.text, table.files td:first-child, table.files td.text { text-align: left; }
table.files th button { font: inherit; font-weight: 600; border: 0; background: none; cursor: pointer; padding: 0; }
table.files th[aria-sort="ascending"] button::after { content: " ▲"; }
table.files th[aria-sort="descending"] button::after { content: " ▼"; }
table.files tr.failed td { color: var(--warn); }
body.index { display: block; height: auto; }
`;
