//! The page of a trade-off front (`front.html`): a chart of the proven points, each opening its
//! floor plan, and, for two points picked, who moved from which stand to which and the two
//! points' term tables. A self-contained file opened from disk: its style, drawings, data and
//! small script are all inside it.

use crate::format::{Problem, Solution, Status};
use crate::i18n::{self, numbers, Lang};
use crate::planning::moves::moves_between;
use crate::planning::tradeoffs::{Between, Front};
use crate::print::sheet::escape;
use crate::stop::model::Stop;
use crate::term_words::row_name;
use crate::tl;
use std::fmt::Write;

/// Width and height of the chart, in SVG units.
const CHART: (f64, f64) = (640.0, 380.0);
/// Margins of the chart: left, right, top, bottom.
const MARGIN: (f64, f64, f64, f64) = (70.0, 30.0, 20.0, 56.0);

/// The page of a front in `lang`; `files` names each point's solution file, in order.
pub fn front_html(
    problem: &Problem,
    stop: &Stop,
    front: &Front,
    files: &[String],
    lang: Lang,
) -> String {
    i18n::scoped(lang, || page(problem, stop, front, files, lang))
}

/// The two axes' names in `lang`.
fn axis_names(between: Between, lang: Lang) -> [String; 2] {
    match between {
        Between::ClashBalance => [
            tl!(lang, "front-axis-clash"),
            tl!(lang, "front-axis-balance"),
        ],
        Between::MovesObjective => [
            tl!(lang, "front-axis-moves"),
            tl!(lang, "front-axis-objective"),
        ],
    }
}

/// A value for people.
fn figure(lang: Lang, x: f64) -> String {
    numbers::number(lang, x, 0, 2)
}

/// The status of a point for people.
fn status_word(lang: Lang, status: Status, gap: f64) -> String {
    match status {
        Status::Optimal => tl!(lang, "front-status-proven"),
        _ => tl!(
            lang,
            "front-status-gap",
            gap = numbers::number(lang, 100.0 * gap, 0, 2)
        ),
    }
}

fn page(problem: &Problem, stop: &Stop, front: &Front, files: &[String], lang: Lang) -> String {
    let axes = axis_names(front.between, lang);
    let title = match front.between {
        Between::ClashBalance => tl!(
            lang,
            "front-title-clash-balance",
            stop = stop.info.town.as_str()
        ),
        Between::MovesObjective => tl!(
            lang,
            "front-title-moves-objective",
            stop = stop.info.town.as_str()
        ),
    };
    let how = match front.between {
        Between::ClashBalance => tl!(lang, "front-how-clash-balance"),
        Between::MovesObjective => tl!(lang, "front-how-moves-objective"),
    };
    let mut body = String::new();
    let _ = write!(
        body,
        "<h1>{}</h1>\n<p class=\"how\">{}</p>\n",
        escape(&title),
        escape(&how)
    );
    if !front.complete {
        let _ = writeln!(
            body,
            "<p class=\"warn\">{}</p>",
            escape(&tl!(lang, "front-incomplete"))
        );
    }
    body.push_str("<div class=\"top\">\n");
    body.push_str(&chart(front, &axes, lang));
    body.push_str(&points_table(front, files, &axes, lang));
    body.push_str("</div>\n");
    let _ = writeln!(
        body,
        "<p class=\"hint\" id=\"hint\">{}</p>",
        escape(&tl!(lang, "front-hint"))
    );
    // The differences between two points picked, and their term tables.
    body.push_str("<section id=\"compare\">\n");
    for i in 0..front.points.len() {
        for j in i + 1..front.points.len() {
            body.push_str(&differences(stop, front, (i, j), lang));
        }
    }
    body.push_str("</section>\n");
    // Each point's floor plan, laid out as when opened on its own (it places right-to-left
    // text itself).
    body.push_str("<section id=\"plans\">\n");
    for (i, p) in front.points.iter().enumerate() {
        let svg = crate::view::floor_plan::plan_svg(problem, stop, &p.solution, lang);
        let svg = svg.find("<svg").map_or(svg.as_str(), |at| &svg[at..]);
        let _ = writeln!(
            body,
            "<div class=\"plan\" id=\"plan-{i}\" hidden><h2>{}</h2><div class=\"drawing\" dir=\"ltr\">{svg}</div></div>",
            escape(&tl!(lang, "front-plan-of", point = (i + 1) as f64))
        );
    }
    body.push_str("</section>\n");
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}<script>{SCRIPT}</script>\n</body>\n</html>\n",
        code = lang.code(),
        dir = lang.dir(),
        title = escape(&title),
    )
}

/// The chart of the front: the first value across, the second up, each point labelled with its
/// two values and its status.
fn chart(front: &Front, axes: &[String; 2], lang: Lang) -> String {
    let (w, h) = CHART;
    let (ml, mr, mt, mb) = MARGIN;
    let range = |values: Vec<f64>| {
        let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        if !lo.is_finite() {
            (0.0, 1.0)
        } else if hi - lo < 1e-9 {
            (lo - 1.0, hi + 1.0)
        } else {
            let pad = (hi - lo) * 0.15;
            (lo - pad, hi + pad)
        }
    };
    let (x0, x1) = range(front.points.iter().map(|p| p.first).collect());
    let (y0, y1) = range(front.points.iter().map(|p| p.second).collect());
    let sx = |x: f64| ml + (x - x0) / (x1 - x0) * (w - ml - mr);
    let sy = |y: f64| h - mb - (y - y0) / (y1 - y0) * (h - mt - mb);
    let mut svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{}\" direction=\"ltr\">\n",
        escape(&format!("{} / {}", axes[0], axes[1]))
    );
    let _ = writeln!(
        svg,
        "<line x1=\"{ml}\" y1=\"{b}\" x2=\"{r}\" y2=\"{b}\" class=\"axis\"/><line x1=\"{ml}\" y1=\"{mt}\" x2=\"{ml}\" y2=\"{b}\" class=\"axis\"/>",
        b = h - mb,
        r = w - mr
    );
    let _ = writeln!(
        svg,
        "<text x=\"{}\" y=\"{}\" class=\"axis-name\" text-anchor=\"middle\">{}</text>",
        (ml + w - mr) / 2.0,
        h - 14.0,
        escape(&axes[0])
    );
    let _ = writeln!(
        svg,
        "<text x=\"18\" y=\"{}\" class=\"axis-name\" text-anchor=\"middle\" transform=\"rotate(-90 18 {})\">{}</text>",
        (mt + h - mb) / 2.0,
        (mt + h - mb) / 2.0,
        escape(&axes[1])
    );
    // The steps of the front, from point to point.
    let path: Vec<String> = front
        .points
        .iter()
        .map(|p| format!("{:.1},{:.1}", sx(p.first), sy(p.second)))
        .collect();
    if path.len() > 1 {
        let _ = writeln!(
            svg,
            "<polyline points=\"{}\" class=\"steps\"/>",
            path.join(" ")
        );
    }
    for (i, p) in front.points.iter().enumerate() {
        let (cx, cy) = (sx(p.first), sy(p.second));
        let values = format!(
            "{} : ({} ; {})",
            i + 1,
            figure(lang, p.first),
            figure(lang, p.second)
        );
        let status = status_word(lang, p.status, p.gap);
        // Labels of points in the right half go to their left.
        let (dx, anchor) = if cx > w / 2.0 {
            (-12.0, "end")
        } else {
            (12.0, "start")
        };
        let _ = writeln!(
            svg,
            "<g class=\"point {class}\" data-point=\"{i}\" tabindex=\"0\"><circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"8\"/>\
             <text x=\"{x:.1}\" y=\"{y1:.1}\" text-anchor=\"{anchor}\" direction=\"ltr\" unicode-bidi=\"embed\">{}</text>\
             <text x=\"{x:.1}\" y=\"{y2:.1}\" text-anchor=\"{anchor}\" class=\"status\">{}</text></g>",
            escape(&values),
            escape(&status),
            x = cx + dx,
            y1 = cy - 4.0,
            y2 = cy + 13.0,
            class = if p.status == Status::Optimal { "proven" } else { "open" },
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// The table of the points: number, two values, status, file.
fn points_table(front: &Front, files: &[String], axes: &[String; 2], lang: Lang) -> String {
    let mut t = format!(
        "<table class=\"points\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
        escape(&tl!(lang, "front-col-point")),
        escape(&axes[0]),
        escape(&axes[1]),
        escape(&tl!(lang, "front-col-status")),
        escape(&tl!(lang, "front-col-changes")),
        escape(&tl!(lang, "front-col-file")),
    );
    for (i, p) in front.points.iter().enumerate() {
        let _ = writeln!(
            t,
            "<tr data-point=\"{i}\"><td><button type=\"button\" data-point=\"{i}\">{}</button></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td dir=\"ltr\">{}</td></tr>",
            i + 1,
            figure(lang, p.first),
            figure(lang, p.second),
            escape(&status_word(lang, p.status, p.gap)),
            p.moves.map_or_else(|| "—".to_string(), |m| m.to_string()),
            escape(files.get(i).map_or("", String::as_str)),
        );
    }
    t.push_str("</tbody></table>\n");
    t
}

/// Who has another stand between two points, and the two points' term tables.
fn differences(stop: &Stop, front: &Front, (i, j): (usize, usize), lang: Lang) -> String {
    let (a, b) = (&front.points[i], &front.points[j]);
    let changes = moves_between(&a.solution, &b.solution);
    let name = |id: &str| {
        stop.exhibitors
            .iter()
            .find(|e| e.id == id)
            .map_or(id.to_string(), |e| e.name.clone())
    };
    let mut out = format!(
        "<div class=\"diff\" id=\"diff-{i}-{j}\" hidden><h2>{}</h2>\n",
        escape(&tl!(
            lang,
            "front-diff-title",
            a = (i + 1) as f64,
            b = (j + 1) as f64,
            count = changes.len() as f64
        ))
    );
    if changes.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(&tl!(lang, "front-diff-none")));
    } else {
        out.push_str("<ul class=\"moves\">\n");
        for c in &changes {
            let _ = writeln!(
                out,
                "<li>{}</li>",
                escape(&tl!(
                    lang,
                    "front-diff-move",
                    exhibitor = name(&c.exhibitor),
                    from = c.before.clone().unwrap_or_else(|| "—".into()),
                    to = c.after.clone().unwrap_or_else(|| "—".into())
                ))
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("<div class=\"tables\">\n");
    out.push_str(&terms_table(stop, a.solution.clone(), i, lang));
    out.push_str(&terms_table(stop, b.solution.clone(), j, lang));
    out.push_str("</div></div>\n");
    out
}

/// A point's term table: each term's value, weight and weighted cost, and the total.
fn terms_table(stop: &Stop, solution: Solution, point: usize, lang: Lang) -> String {
    let Some(o) = solution.objective else {
        return String::new();
    };
    let mut t = format!(
        "<table class=\"terms\"><caption>{}</caption><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
        escape(&tl!(lang, "front-terms-of", point = (point + 1) as f64)),
        escape(&tl!(lang, "front-col-term")),
        escape(&tl!(lang, "front-col-value")),
        escape(&tl!(lang, "front-col-weight")),
        escape(&tl!(lang, "front-col-cost")),
    );
    for row in stop.weights.rows(&o).into_iter().filter(|r| r.shown()) {
        let _ = writeln!(
            t,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&row_name(&row, lang)),
            figure(lang, row.raw),
            figure(lang, row.weight),
            figure(lang, row.raw * row.weight)
        );
    }
    let _ = writeln!(
        t,
        "<tr class=\"total\"><td>{}</td><td></td><td></td><td>{}</td></tr></tbody></table>",
        escape(&tl!(lang, "front-col-total")),
        figure(lang, o.total)
    );
    t
}

const STYLE: &str = r#"
body{font-family:"Noto Sans","Noto Naskh Arabic","DejaVu Sans",sans-serif;margin:1.5rem;color:#1d1d1d;max-width:1150px}
h1{font-size:1.4rem;margin:0 0 .4rem}
h2{font-size:1.1rem;margin:1rem 0 .4rem}
.how,.hint{color:#444;max-width:60rem}
.warn{color:#8a1c00;font-weight:bold}
.top{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
.chart{width:640px;max-width:100%;border:1px solid #ccc;background:#fbfbf8}
.chart .axis{stroke:#333;stroke-width:1.5}
.chart .axis-name{font-size:14px;fill:#333}
.chart .steps{fill:none;stroke:#8aa;stroke-width:1.5;stroke-dasharray:4 3}
.chart .point{cursor:pointer}
.chart .point circle{fill:#1f6f8b;stroke:#fff;stroke-width:2}
.chart .point.open circle{fill:#c77d00}
.chart .point.picked circle{fill:#b3261e;r:10}
.chart .point .status{font-size:12px;fill:#1f6f8b}
.chart .point text{font-size:13px;fill:#1d1d1d;paint-order:stroke;stroke:#fbfbf8;stroke-width:3}
table{border-collapse:collapse;margin:.3rem 0}
th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:start}
td{font-variant-numeric:tabular-nums}
tr.picked td{background:#fde8e6}
button{font:inherit;cursor:pointer;min-width:2.2rem}
.tables{display:flex;flex-wrap:wrap;gap:1.5rem}
caption{font-weight:bold;text-align:start;padding-bottom:.2rem}
.total td{font-weight:bold}
.plan svg{width:100%;height:auto;border:1px solid #ccc}
"#;

const SCRIPT: &str = r#"
(function(){
  var picked=[];
  function show(sel,on){document.querySelectorAll(sel).forEach(function(e){e.hidden=!on;});}
  function pick(i){
    picked=picked.filter(function(p){return p!==i;});
    picked.push(i);
    if(picked.length>2){picked.shift();}
    document.querySelectorAll('[data-point]').forEach(function(e){
      var on=picked.indexOf(Number(e.getAttribute('data-point')))>=0;
      if(e.tagName!=='BUTTON'){e.classList.toggle('picked',on);}
    });
    show('.plan',false);
    var plan=document.getElementById('plan-'+i);
    if(plan){plan.hidden=false;}
    show('.diff',false);
    if(picked.length===2){
      var a=Math.min(picked[0],picked[1]),b=Math.max(picked[0],picked[1]);
      var d=document.getElementById('diff-'+a+'-'+b);
      if(d){d.hidden=false;}
    }
  }
  document.querySelectorAll('.chart .point, .points button').forEach(function(e){
    var i=Number(e.getAttribute('data-point'));
    e.addEventListener('click',function(){pick(i);});
    e.addEventListener('keydown',function(ev){if(ev.key==='Enter'){pick(i);}});
  });
  var q=location.hash.match(/^#pick=([0-9,]+)$/);
  if(q){q[1].split(',').forEach(function(x){pick(Number(x)-1);});}
  else if(document.getElementById('plan-0')){pick(0);}
})();
"#;
