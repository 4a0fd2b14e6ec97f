//! `first-lists`: the widget's first view, prerendered per profile, so a page shows its first
//! results before the WebAssembly app has arrived (issue 13: the wasm and records can never fit
//! in the budget of the first results). One small HTML file per profile,
//! `preventiewijzer-first-<lang>[-<audience>].html`: the view of an element with that `lang` and
//! no `audience` or one audience, every other attribute unset. One file per profile, not one per
//! language: the default profile alone is 4.8 KB brotli, all fourteen of a language 19 KB.
//!
//! The HTML is what the Yew app (`widget/src/app.rs` and its components) renders for the same
//! query before anyone types, from the same engine calls (`Engine::search`, `help`,
//! `start_situations`, `card::*`), so the app takes over without a visible change; the e2e test
//! `tests/e2e/first-list.test.mjs` compares both. Keep the two alike. All catalogue text is
//! escaped; only `https:` and `tel:` links. The exit bar is added by the element script's exit
//! module (it knows the element's `quick-exit`); the element script trims the list to a smaller
//! `limit`. A profile whose first view is not a plain list (no results, an acute situation) is
//! left out: the element then shows nothing until the app runs, as before.

use preventiewijzer_engine::card::{self, Access};
use preventiewijzer_engine::{age_range, Engine, Hit, Lang, Query, Results, FILTERS, FOLD_FILTERS_BELOW_PX};
use preventiewijzer_model::vocabulary::Facet;

use super::coverage::escape;

/// Hits shown at first (`PAGE` in `widget/src/state.rs`).
const PAGE: usize = 10;
/// The top heading level (`heading-level` unset).
const LEVEL: u8 = 2;

/// The file of a profile (listed in `widget/manifest.toml` as `preventiewijzer-first-*.html`):
/// `preventiewijzer-first-nl.html` without an audience, `preventiewijzer-first-nl-ouders.html` with one.
pub fn file_name(lang: Lang, audience: Option<&str>) -> String {
    match audience {
        None => format!("preventiewijzer-first-{}.html", lang.code()),
        Some(a) => format!("preventiewijzer-first-{}-{a}.html", lang.code()),
    }
}

/// Every profile's file: its name and its HTML (the profiles that get one, see the module doc).
pub fn lists(engine: &Engine) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let audiences: Vec<Option<&str>> = std::iter::once(None).chain(engine.vocabulary().terms(Facet::Audiences).iter().map(|t| Some(t.id.as_str()))).collect();
    for lang in Lang::ALL {
        for audience in &audiences {
            let query = Query { lang, limit: PAGE, audiences: audience.map(str::to_string).into_iter().collect(), ..Query::default() };
            if let Some(html) = view(engine, &query) {
                files.push((file_name(lang, *audience), html));
            }
        }
    }
    files
}

/// The app's first view for `q` (no text typed), or `None` when it is not a plain list.
pub fn view(engine: &Engine, q: &Query) -> Option<String> {
    let results = engine.search(q);
    let acute = results.situation.as_ref().is_some_and(|s| s.acute);
    if results.total == 0 || results.hits.is_empty() || acute || results.suggestions.drop_filter.is_some() || results.suggestions.spelling.is_some() {
        return None;
    }
    let lang = q.lang;
    let t = |key: &'static str| escape(lang.text(key));
    let vocab = engine.vocabulary();
    // Landmark names as `instance_name` in app.rs: "Zoek materiaal – Ouders" (an element's id is
    // added by the element script when no audience is set).
    let instance: Vec<&str> = q.audiences.iter().map(|a| vocab.label(Facet::Audiences, a, lang)).collect();
    let landmark = |key: &'static str| match instance.is_empty() {
        true => t(key),
        false => escape(&format!("{} – {}", lang.text(key), instance.join(", "))),
    };
    let dir = if lang.is_rtl() { " dir=\"rtl\"" } else { "" };
    let mut out = format!("<div class=\"pw pw-first\" lang=\"{}\"{dir}>", lang.code());
    out.push_str(&search_box(engine, lang, &landmark("widget.search_label")));
    out.push_str(&start(engine, q));
    out.push_str(&chips(engine, q));
    out.push_str(&format!(
        "<div class=\"pw-body\"><details class=\"pw-filters\" data-fold-below=\"{FOLD_FILTERS_BELOW_PX}\"><summary>{}</summary>",
        t("widget.filters")
    ));
    out.push_str(&filters(engine, q, &results));
    out.push_str(&format!(
        "</details><div class=\"pw-results\" data-tier=\"2\"><h{LEVEL} class=\"pw-sr-only\">{}</h{LEVEL}><p class=\"pw-status\" role=\"status\" aria-live=\"polite\">{}</p>",
        t("widget.results_heading"),
        escape(&status(lang, results.total))
    ));
    out.push_str(&format!(
        "<label class=\"pw-sort\"><span>{}</span><select name=\"sort\"><option value=\"relevance\" selected=\"\">{}</option><option value=\"evidence\">{}</option></select></label>",
        t("widget.sort"),
        t("widget.sort_relevance"),
        t("widget.sort_evidence")
    ));
    out.push_str("<ol class=\"pw-list\">");
    for h in &results.hits {
        out.push_str(&card(engine, h, lang));
    }
    out.push_str("</ol>");
    if results.hits.len() < results.total {
        // The element script rewrites the counts when `limit` shows fewer hits.
        out.push_str(&format!(
            "<button type=\"button\" class=\"pw-more\" data-total=\"{}\">{} ({} / {})</button>",
            results.total,
            t("widget.show_more"),
            results.hits.len(),
            results.total
        ));
    }
    out.push_str("</div></div>");
    out.push_str(&format!("<section class=\"pw-help\" aria-label=\"{}\"><h{LEVEL}>{}</h{LEVEL}><ul>", landmark("help.heading"), t("help.heading")));
    for h in engine.help(q) {
        let mut li = format!("<li data-helpline=\"{}\"><strong>{}</strong> <span>{}</span>", escape(&h.id), escape(&h.name), escape(h.line(lang)));
        if let (Some(tel), Some(n)) = (h.tel(), &h.phone) {
            li.push_str(&format!(" <a href=\"{tel}\">{} {}</a>", t("help.call"), escape(n)));
        }
        for url in [&h.url, &h.chat_url].into_iter().flatten().filter(|u| u.starts_with("https://")) {
            li.push_str(&format!(" <a href=\"{0}\" target=\"_blank\" rel=\"noopener noreferrer\">{0}</a>", escape(url)));
        }
        out.push_str(&li);
        out.push_str("</li>");
    }
    out.push_str("</ul></section></div>");
    Some(out)
}

/// "12 resultaten" (`status` in app.rs).
fn status(lang: Lang, total: usize) -> String {
    format!("{total} {}", lang.text(if total == 1 { "widget.one_result" } else { "widget.results" }))
}

/// `SearchBox` (widget/src/components/search_box.rs), empty.
fn search_box(engine: &Engine, lang: Lang, landmark: &str) -> String {
    let t = |key: &'static str| escape(lang.text(key));
    let mut out = format!(
        "<div class=\"pw-search\" role=\"search\" aria-label=\"{landmark}\"><label class=\"pw-text\"><span>{}</span>\
         <input type=\"search\" name=\"q\" autocomplete=\"off\" spellcheck=\"false\" placeholder=\"{}\"></label>\
         <button type=\"button\" class=\"pw-skip\">{}</button><div class=\"pw-age\"><label for=\"pw-age\">{}</label>\
         <input type=\"number\" id=\"pw-age\" name=\"age\" min=\"0\" max=\"99\" inputmode=\"numeric\" aria-describedby=\"pw-age-hint\">\
         <small id=\"pw-age-hint\">{}</small></div><label class=\"pw-level\"><span>{}</span><select name=\"school-level\"><option value=\"\" selected=\"\">{}</option>",
        t("widget.search_label"),
        t("widget.search_placeholder"),
        t("widget.skip_to_results"),
        t("widget.age"),
        t("widget.age_hint"),
        t("widget.school_level"),
        t("widget.any_school_level")
    );
    for l in &engine.vocabulary().school_levels {
        out.push_str(&format!("<option value=\"{}\">{}</option>", escape(&l.id), escape(l.label(Facet::SchoolLevels, lang))));
    }
    out.push_str("</select></label></div>");
    out
}

/// `Start`: the situations to start from.
fn start(engine: &Engine, q: &Query) -> String {
    let situations = engine.start_situations(&q.audiences);
    if situations.is_empty() {
        return String::new();
    }
    let heading = escape(q.lang.text("widget.start_heading"));
    let mut out = format!(
        "<div class=\"pw-start\" role=\"group\" aria-label=\"{heading}\"><h{LEVEL}>{heading}</h{LEVEL}><p class=\"pw-start-hint\">{}</p><ul>",
        escape(q.lang.text("widget.start_hint"))
    );
    for s in situations {
        out.push_str(&format!(
            "<li><button type=\"button\" class=\"pw-start-choice\" data-situation=\"{}\">{}</button></li>",
            escape(&s.id),
            escape(s.label(q.lang))
        ));
    }
    out.push_str("</ul></div>");
    out
}

/// `Chips`: the profile's filters (here only its audience).
fn chips(engine: &Engine, q: &Query) -> String {
    let lang = q.lang;
    let mut items = String::new();
    for f in &FILTERS {
        for id in f.chosen(q) {
            let label = escape(engine.vocabulary().label(f.facet, id, lang));
            items.push_str(&format!(
                "<li><button type=\"button\" class=\"pw-chip\" aria-label=\"{}: {label}\">{label}<span aria-hidden=\"true\"> ×</span></button></li>",
                escape(lang.text("widget.remove_filter"))
            ));
        }
    }
    if items.is_empty() {
        return String::new();
    }
    format!("<div class=\"pw-chips\"><ul>{items}</ul><button type=\"button\" class=\"pw-clear\">{}</button></div>", escape(lang.text("widget.clear_all")))
}

/// The filter groups (`FacetGroup`), in app.rs's order: built inside the folded `<details>`;
/// the element script opens it where the app would (from `FOLD_FILTERS_BELOW_PX` wide).
fn filters(engine: &Engine, q: &Query, results: &Results) -> String {
    let vocab = engine.vocabulary();
    let mut out = String::new();
    let ordered = FILTERS.iter().filter(|f| f.facet != Facet::Regions).chain(FILTERS.iter().filter(|f| f.facet == Facet::Regions));
    for f in ordered {
        let Some((legend, name)) = f.group else { continue };
        let chosen = f.chosen(q);
        let options: Vec<String> = results
            .facets
            .get(f.facet)
            .iter()
            .filter(|c| c.count > 0 || chosen.contains(&c.id))
            .map(|c| {
                let term = vocab.term(f.facet, &c.id);
                let label = term.map_or(c.id.as_str(), |t| t.label(f.facet, q.lang));
                let checked = chosen.contains(&c.id);
                let mut class = String::from("pw-option");
                if term.is_some_and(|t| t.parent.is_some()) {
                    class.push_str(" pw-sub");
                }
                if c.count == 0 && !checked {
                    class.push_str(" pw-empty");
                }
                format!(
                    "<label class=\"{class}\"><input type=\"checkbox\" name=\"{name}\" value=\"{}\"{}><span>{}</span><span class=\"pw-count\">({})</span></label>",
                    escape(&c.id),
                    if checked { " checked=\"\"" } else { "" },
                    escape(label),
                    c.count
                )
            })
            .collect();
        if !options.is_empty() {
            out.push_str(&format!(
                "<fieldset class=\"pw-facet\" data-facet=\"{name}\"><legend>{}</legend>{}</fieldset>",
                escape(q.lang.text(legend)),
                options.concat()
            ));
        }
    }
    out
}

/// `Card` (widget/src/components/result_list.rs) for a hit without snippet, not saved.
fn card(engine: &Engine, h: &Hit, lang: Lang) -> String {
    let vocab = engine.vocabulary();
    let Some(m) = engine.materials().iter().find(|m| m.id == h.id) else { return String::new() };
    let label = |facet, id: &str| escape(vocab.label(facet, id, lang));
    let title_lang = match m.languages.as_slice() {
        [only] if only != lang.code() => format!(" lang=\"{}\"", escape(only)),
        _ => String::new(),
    };
    let in_own_language = lang == Lang::Nl || (lang == Lang::En && m.summary_en.is_some());
    let summary_lang = if in_own_language { "" } else { " lang=\"nl\"" };
    let access = card::access(m);
    let title = match access {
        Access::Link(url) => format!("<a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{}</a>", escape(url), escape(&h.title)),
        _ => format!("<span>{}</span>", escape(&h.title)),
    };
    let mut meta = String::new();
    let mut span = |class: &str, text: String| {
        let class = if class.is_empty() { String::new() } else { format!(" class=\"{class}\"") };
        meta.push_str(&format!("<span{class}>{text}</span>"));
    };
    if h.local {
        span("pw-local", escape(lang.text("card.in_your_region")));
    }
    if let Some(p) = &h.publisher {
        span("", escape(&format!("{} {p}", lang.text("card.publisher"))));
    }
    if h.format != "onbekend" {
        span("", label(Facet::Formats, &h.format));
    }
    if h.age_min.is_some() || h.age_max.is_some() {
        span("pw-age-range", escape(&age_range(h.age_min, h.age_max, lang)));
    }
    let audiences: Vec<&str> = h.audiences.iter().map(|a| vocab.label(Facet::Audiences, a, lang)).collect();
    if !audiences.is_empty() {
        span("", escape(&audiences.join(", ")));
    }
    if h.cost != "onbekend" {
        span("", label(Facet::Costs, &h.cost));
    }
    for (class, text) in
        [("pw-duration", card::duration(m, lang)), ("pw-delivered-by", card::delivered_by(m, vocab, lang)), ("pw-parents", card::parents(m, lang))]
    {
        if let Some(text) = text {
            span(class, escape(&text));
        }
    }
    // The app words the rating by the device's date (older than five years: with its year); the
    // view cannot know the day it is seen, so it carries both lines and the element script picks.
    if let Some(recent) = card::evidence_as(m, vocab, lang, false, false) {
        let long_ago = card::evidence_as(m, vocab, lang, true, false).filter(|l| *l != recent);
        match (card::rating_recent_until(m), long_ago) {
            (Some((y, mo, d)), Some(long_ago)) => meta.push_str(&format!(
                "<span class=\"pw-evidence\" data-recent-until=\"{y:04}-{mo:02}-{d:02}\" data-long-ago=\"{}\">{}</span>",
                escape(&long_ago),
                escape(&recent)
            )),
            _ => meta.push_str(&format!("<span class=\"pw-evidence\">{}</span>", escape(&recent))),
        }
    }
    let mut out = format!(
        "<li class=\"pw-card\" data-id=\"{}\"><h{n} class=\"pw-title\" dir=\"auto\"{title_lang}>{title}</h{n}><p class=\"pw-meta\">{meta}</p>",
        escape(&h.id),
        n = LEVEL + 1
    );
    if let Some(reason) = card::not_recognised_reason(m, lang) {
        out.push_str(&format!("<p class=\"pw-evidence-note\">{}</p>", escape(&reason)));
    }
    out.push_str(&format!("<p class=\"pw-summary\" dir=\"auto\"{summary_lang}>{}</p>", escape(&h.summary)));
    if !matches!(access, Access::Link(_)) {
        let page = match access {
            Access::HowToGet { source_url, .. } => source_url,
            Access::SourcePage(url) => Some(url),
            _ => None,
        };
        let text = card::access_text(access, lang);
        out.push_str("<p class=\"pw-access\">");
        if let Some(text) = &text {
            out.push_str(&format!("<span>{}</span>", escape(text)));
        }
        if let Some(href) = page.filter(|u| u.starts_with("https://")) {
            if text.is_some() {
                out.push(' ');
            }
            out.push_str(&format!("<a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{}</a>", escape(href), escape(card::source_link_text(lang))));
        }
        out.push_str("</p>");
    }
    if !h.why.is_empty() {
        out.push_str(&format!("<p class=\"pw-why\">{}</p>", escape(&h.why.join(" · "))));
    }
    if let Some(unknown) = card::unknown(m, lang, false) {
        out.push_str(&format!("<p class=\"pw-unknown\">{}</p>", escape(&unknown)));
    }
    out.push_str(&format!("<button type=\"button\" class=\"pw-save\" aria-pressed=\"false\">{}</button></li>", escape(lang.text("widget.save"))));
    out
}
