"""The review page's stylesheet and script, inlined so the page works from file:// offline."""

STYLE = """
:root { --lead:#c0392b; --responsible:#1f6fb2; --cooperating:#2e8b57; --target:#ffe08a; --deadline:#d9c6f5;
        --match:#2e8b57; --extra:#e67e22; --missed:#8e44ad; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.7 "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
       color: #222; background: #f6f6f3; }
.card { background: #fff; margin: 12px; padding: 12px 18px; border-radius: 8px; box-shadow: 0 1px 3px #0002; }
.card h1 { font-size: 20px; margin: 4px 0 8px; }
.card table { border-collapse: collapse; font-size: 13px; }
.card th { text-align: left; color: #666; font-weight: normal; padding-right: 12px; vertical-align: top; }
.counts, .legend { font-size: 13px; color: #555; margin: 6px 0; }
.layout { display: grid; grid-template-columns: 240px minmax(0, 1fr) 340px; gap: 12px; margin: 0 12px 24px; }
.outline, .side { background: #fff; border-radius: 8px; padding: 8px 12px; font-size: 13px; align-self: start;
                  position: sticky; top: 8px; max-height: 96vh; overflow: auto; }
.outline ul { padding-left: 14px; margin: 2px 0; } .outline a { color: #333; text-decoration: none; }
.outline h2, .side h2 { font-size: 14px; margin: 8px 0 4px; }
main { background: #fff; border-radius: 8px; padding: 12px 18px; }
.text { white-space: pre-wrap; word-break: break-all; }
.task { display: block; border-left: 4px solid #bbb; background: #fafafa; margin: 6px 0; padding: 2px 8px; }
.chips { display: block; white-space: normal; margin: 2px 0; }
.task-label { font-size: 11px; color: #777; margin-right: 6px; }
.chip { display: inline-block; font-size: 12px; line-height: 1.4; padding: 0 6px; margin: 1px 3px 1px 0;
        border-radius: 9px; color: #fff; background: #777; }
.chip.role-lead { background: var(--lead); } .chip.role-responsible { background: var(--responsible); }
.chip.role-cooperating { background: var(--cooperating); } .chip.legend-task { background: #bbb; }
.mark.target { background: var(--target); border-bottom: 2px solid #d4a000; }
.mark.deadline { background: var(--deadline); }
.mark.heading { font-weight: bold; }
.mark.unit { border-bottom: 2px solid; } .mark.unit.role-lead { border-color: var(--lead); }
.mark.unit.role-responsible { border-color: var(--responsible); } .mark.unit.role-cooperating { border-color: var(--cooperating); }
.gold-match { outline: 2px solid var(--match); } .gold-extra { outline: 2px dashed var(--extra); }
.gold-missed { color: var(--missed); }
.task.gold-match { border-left-color: var(--match); } .task.gold-extra { border-left-color: var(--extra); }
.gold-summary td { text-align: right; padding: 0 8px; font-weight: bold; }
.gold-summary td.gold-match { color: var(--match); outline: none; } .gold-summary td.gold-extra { color: var(--extra); outline: none; }
table.targets { border-collapse: collapse; width: 100%; } table.targets td, table.targets th { border-bottom: 1px solid #eee; padding: 1px 3px; }
.flash { box-shadow: 0 0 0 3px #f39c12; }
.warnings { color: #a04000; font-size: 13px; }
.missed .kind { font-size: 11px; color: #fff; background: var(--missed); border-radius: 4px; padding: 0 4px; }
"""

# Hovering a row of the side list flashes its place in the text.
SCRIPT = """
document.querySelectorAll('[data-id]').forEach(function (row) {
  if (!row.closest('.side')) return;
  row.addEventListener('mouseenter', function () {
    var el = document.querySelector('.text [data-id="' + row.dataset.id + '"]');
    if (el) el.classList.add('flash');
  });
  row.addEventListener('mouseleave', function () {
    var el = document.querySelector('.text [data-id="' + row.dataset.id + '"]');
    if (el) el.classList.remove('flash');
  });
});
"""
