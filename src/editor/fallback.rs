//! The readable fallback: the whole catalogue and the helplines as static HTML, for browsers
//! where the widget cannot start (no JavaScript, no WebAssembly, a strict CSP). The element
//! shows the `<main>` of this page in its place; `<noscript>` can link to it. All text is
//! escaped; only `https:` links become links.

use preventiewijzer_engine::why::age_range;
use crate::vocabulary::Facet;
use crate::{Catalogue, Lang};

use super::coverage::escape;

/// A complete HTML document (Dutch, with English helpline lines).
pub fn html(c: &Catalogue) -> String {
    let v = &c.vocabulary;
    let mut out = String::from(
        "<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Preventiewijzer — lijst van materiaal</title>\n</head>\n<body>\n<main class=\"pw-fallback\">\n",
    );
    out.push_str("<section class=\"pw-help\" aria-labelledby=\"pw-fallback-help\">\n<h2 id=\"pw-fallback-help\">Hulp nodig? Praat erover.</h2>\n<ul>\n");
    // Dutch page: the Flemish and UK lines belong on pages for those regions.
    for h in c.helplines.iter().filter(|h| h.region == "nederland") {
        out.push_str(&format!("<li><strong>{}</strong> {}", escape(&h.name), escape(&h.nl)));
        if let Some(phone) = &h.phone {
            let tel: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
            out.push_str(&format!(" <a href=\"tel:{tel}\">Bel {}</a>", escape(phone)));
        }
        for url in [&h.url, &h.chat_url].into_iter().flatten().filter(|u| u.starts_with("https://")) {
            out.push_str(&format!(" <a href=\"{}\">{}</a>", escape(url), escape(url)));
        }
        out.push_str(&format!(" <span lang=\"en\">({})</span></li>\n", escape(&h.en)));
    }
    out.push_str("</ul>\n</section>\n");
    out.push_str(&format!(
        "<section aria-labelledby=\"pw-fallback-list\">\n<h2 id=\"pw-fallback-list\">Preventiemateriaal ({} materialen)</h2>\n\
         <p>De zoekhulp kan hier niet starten. Dit is de hele lijst, op titel.</p>\n<ul class=\"pw-list\">\n",
        c.materials.len()
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
            meta.push(format!("Door {}", escape(p)));
        }
        meta.push(escape(v.label(Facet::Formats, &m.format, Lang::Nl)));
        meta.push(escape(&age_range(m.age_min, m.age_max, Lang::Nl)));
        let audiences: Vec<&str> = m.audiences.iter().map(|a| v.label(Facet::Audiences, a, Lang::Nl)).collect();
        if !audiences.is_empty() {
            meta.push(format!("Voor: {}", escape(&audiences.join(", "))));
        }
        let topics: Vec<&str> = m.topics.iter().map(|t| v.label(Facet::Topics, t, Lang::Nl)).collect();
        meta.push(format!("Over: {}", escape(&topics.join(", "))));
        out.push_str(&format!(
            "<li class=\"pw-card\"><h3 class=\"pw-title\">{title}</h3><p class=\"pw-meta\">{}</p><p class=\"pw-summary\">{}</p></li>\n",
            meta.join(" · "),
            escape(&m.summary)
        ));
    }
    out.push_str("</ul>\n</section>\n</main>\n</body>\n</html>\n");
    out
}
