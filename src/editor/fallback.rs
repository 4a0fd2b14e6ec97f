//! The readable fallback: the whole catalogue and the helplines as static HTML, for browsers
//! where the widget cannot start (no JavaScript, no WebAssembly, a strict CSP). The element
//! shows the `<main>` of this page in its place; `<noscript>` can link to it. All text is
//! escaped; only `https:` links become links.
//!
//! Where JavaScript runs but WebAssembly does not (a CSP without 'wasm-unsafe-eval', Lockdown
//! Mode), the element script orders and filters this list for its `audience`, `age` and
//! `region` by the data attributes written here, so they follow the engine's hard filters:
//! `data-audiences` holds the audiences a material is made for exactly (its own and their
//! parents), `data-audiences-related` those it suits through a parent group (the sub-types of
//! its own), `data-age-min`/`data-age-max` its known ages, `data-region` its region. A helpline's
//! `data-audiences` holds the audiences it serves (its own and their sub-types); none means everyone.

use crate::vocabulary::{Facet, Vocabulary};
use crate::{Catalogue, Lang};
use preventiewijzer_engine::age_range;

use super::coverage::escape;

/// A complete HTML document (Dutch, with English helpline lines). The wording is the Dutch
/// master text of `i18n/nl.toml`.
pub fn html(c: &Catalogue) -> String {
    let v = &c.vocabulary;
    let nl = Lang::Nl;
    let mut out = format!(
        "<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n</head>\n<body>\n<main class=\"pw-fallback\">\n",
        escape(nl.text("fallback.title"))
    );
    out.push_str(&format!(
        "<section class=\"pw-help\" aria-labelledby=\"pw-fallback-help\">\n<h2 id=\"pw-fallback-help\">{}</h2>\n<ul>\n",
        escape(nl.text("help.heading"))
    ));
    // Dutch page: the Flemish and UK lines belong on pages for those regions.
    for h in c.helplines.iter().filter(|h| h.region == "nederland") {
        let served = with_relatives(&h.audiences, v, Kin::Children);
        out.push_str(&format!(
            "<li data-helpline=\"{}\" data-audiences=\"{}\"><strong>{}</strong> {}",
            escape(&h.id),
            escape(&served.join(" ")),
            escape(&h.name),
            escape(&h.nl)
        ));
        if let (Some(tel), Some(phone)) = (h.tel(), &h.phone) {
            out.push_str(&format!(" <a href=\"{tel}\">{} {}</a>", escape(nl.text("help.call")), escape(phone)));
        }
        for url in [&h.url, &h.chat_url].into_iter().flatten().filter(|u| u.starts_with("https://")) {
            out.push_str(&format!(" <a href=\"{}\">{}</a>", escape(url), escape(url)));
        }
        out.push_str(&format!(" <span lang=\"en\">({})</span></li>\n", escape(&h.en)));
    }
    out.push_str("</ul>\n</section>\n");
    out.push_str(&format!(
        "<section aria-labelledby=\"pw-fallback-list\">\n<h2 id=\"pw-fallback-list\">{}</h2>\n<p class=\"pw-fallback-intro\">{}</p>\n<ul class=\"pw-list\">\n",
        escape(&nl.fill("fallback.list_heading", &[("count", &c.materials.len().to_string())])),
        escape(nl.text("fallback.cannot_start"))
    ));
    let mut materials: Vec<_> = c.materials.iter().collect();
    materials.sort_by_key(|m| m.title.to_lowercase());
    for m in materials {
        let title = match m.url.as_deref().filter(|u| u.starts_with("https://")) {
            Some(url) => format!("<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>", escape(url), escape(&m.title)),
            None => escape(&m.title),
        };
        let mut meta = Vec::new();
        if let Some(p) = &m.publisher {
            meta.push(format!("{} {}", escape(nl.text("card.publisher")), escape(p)));
        }
        meta.push(escape(v.label(Facet::Formats, &m.format, nl)));
        meta.push(escape(&age_range(m.age_min, m.age_max, nl)));
        let audiences: Vec<&str> = m.audiences.iter().map(|a| v.label(Facet::Audiences, a, nl)).collect();
        if !audiences.is_empty() {
            meta.push(escape(&nl.fill("fallback.for", &[("list", &audiences.join(", "))])));
        }
        let topics: Vec<&str> = m.topics.iter().map(|t| v.label(Facet::Topics, t, nl)).collect();
        meta.push(escape(&nl.fill("fallback.about", &[("list", &topics.join(", "))])));
        let exact = with_relatives(&m.audiences, v, Kin::Parents);
        let related: Vec<String> = with_relatives(&m.audiences, v, Kin::Children).into_iter().filter(|a| !exact.contains(a)).collect();
        let mut data = format!(
            " data-id=\"{}\" data-audiences=\"{}\" data-audiences-related=\"{}\" data-region=\"{}\"",
            escape(&m.id),
            escape(&exact.join(" ")),
            escape(&related.join(" ")),
            escape(&m.region)
        );
        if let Some(age) = m.age_min {
            data.push_str(&format!(" data-age-min=\"{age}\""));
        }
        if let Some(age) = m.age_max {
            data.push_str(&format!(" data-age-max=\"{age}\""));
        }
        out.push_str(&format!(
            "<li class=\"pw-card\"{data}><h3 class=\"pw-title\">{title}</h3><p class=\"pw-meta\">{}</p><p class=\"pw-summary\">{}</p></li>\n",
            meta.join(" · "),
            escape(&m.summary)
        ));
    }
    out.push_str("</ul>\n</section>\n</main>\n</body>\n</html>\n");
    out
}

enum Kin {
    Parents,
    Children,
}

/// The audience ids plus, per id, its parent group or its sub-types (in vocabulary order, no repeats).
fn with_relatives(ids: &[String], v: &Vocabulary, kin: Kin) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |id: &str| {
        if !out.iter().any(|o| o == id) {
            out.push(id.to_string());
        }
    };
    for id in ids {
        add(id);
        match kin {
            Kin::Parents => v.audience_parent(id).into_iter().for_each(&mut add),
            Kin::Children => v.terms(Facet::Audiences).iter().filter(|t| t.parent.as_deref() == Some(id.as_str())).for_each(|t| add(&t.id)),
        }
    }
    out
}
