//! The coverage matrix: how many materials the catalogue has for each topic × audience and each
//! topic × risk group, to show where prevention material is missing. A material counts once in
//! every cell of its topics × its audiences (or risk groups); an audience sub-type (`leraren`)
//! also counts toward its parent's column (`professionals`), once per material.
//! Output as a text table ([`Coverage::text`]) or a self-contained Dutch HTML page
//! ([`Coverage::html`]: inline CSS, no scripts, every text escaped). Part of the model crate, not
//! the CLI, because the studio page (wasm) shows it too.

use std::fmt::Write;

use crate::catalogue::{Catalogue, Material};
use crate::vocabulary::{Facet, Term, Vocabulary};

/// Both matrices of a catalogue.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    /// Number of materials in the catalogue.
    pub materials: usize,
    pub audiences: Matrix,
    pub risk_groups: Matrix,
}

/// Topics (rows) × the values of one facet (columns), in vocabulary order.
#[derive(Debug, Clone, PartialEq)]
pub struct Matrix {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// Per column: materials with that value, whatever their topics.
    pub column_totals: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub id: String,
    /// Dutch label.
    pub label: String,
    /// Dutch label of the parent audience, for sub-types.
    pub parent: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Topic id.
    pub id: String,
    /// Dutch label.
    pub label: String,
    /// Per column: materials with this topic and that column's value.
    pub counts: Vec<usize>,
    /// Materials with this topic.
    pub total: usize,
}

impl Coverage {
    pub fn of(c: &Catalogue) -> Coverage {
        let v = &c.vocabulary;
        Coverage {
            materials: c.materials.len(),
            audiences: Matrix::of(c, Facet::Audiences, |m, col| m.audiences.iter().any(|a| is_or_under(v, a, col))),
            risk_groups: Matrix::of(c, Facet::RiskGroups, |m, col| m.risk_groups.iter().any(|r| r == col)),
        }
    }

    /// Both matrices as plain-text tables (columns numbered, with a legend; `-` is 0).
    pub fn text(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "Dekking van de catalogus: {} materialen. `-` = geen materiaal.\n", self.materials);
        self.audiences.text_table(&mut s, "Onderwerpen × doelgroepen (een subdoelgroep telt ook mee bij de hoofddoelgroep)");
        s.push('\n');
        self.risk_groups.text_table(&mut s, "Onderwerpen × risicogroepen");
        let (a, r) = (self.audiences.gaps().len(), self.risk_groups.gaps().len());
        let cells = |m: &Matrix| m.rows.len() * m.columns.len();
        let _ = writeln!(s, "\nLege cellen: {a} van {} (doelgroepen), {r} van {} (risicogroepen).", cells(&self.audiences), cells(&self.risk_groups));
        s
    }

    /// A self-contained Dutch HTML page with both matrices; empty cells are marked.
    pub fn html(&self) -> String {
        let mut s = String::new();
        s.push_str(concat!(
            "<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
            "<title>Waar ontbreekt preventiemateriaal? – Preventiewijzer</title>\n<style>\n",
            "body{font-family:system-ui,-apple-system,\"Segoe UI\",sans-serif;color:#1d1d1f;background:#fff;margin:0;line-height:1.5}\n",
            "main{max-width:80rem;margin:0 auto;padding:1.5rem}\n",
            "h1{font-size:1.6rem;margin:0 0 .75rem}h2{font-size:1.25rem;margin:2rem 0 .5rem}\n",
            "p{max-width:48rem}\n",
            ".scroll{overflow-x:auto;border:1px solid #d0d0d7;border-radius:.4rem}\n",
            "table{border-collapse:collapse;font-size:.9rem}\n",
            "caption{text-align:left;font-weight:600;padding:.5rem .6rem}\n",
            "th,td{border:1px solid #d0d0d7;padding:.3rem .5rem}\n",
            "thead th{background:#f2f2f6;vertical-align:bottom;text-align:left;font-weight:600;min-width:5.5rem}\n",
            "thead th .sub{display:block;font-weight:400;color:#5a5a66;font-size:.8rem}\n",
            "tbody th,tfoot th{text-align:left;font-weight:600;white-space:nowrap}\n",
            "td{text-align:right;font-variant-numeric:tabular-nums}\n",
            "td.leeg{background:#fde2e1;color:#8a1c14;font-weight:700}\n",
            "td.totaal,tfoot td,tfoot th{background:#f7f7fa}\n",
            ".legenda span.leeg{background:#fde2e1;color:#8a1c14;font-weight:700;padding:0 .4rem;border:1px solid #d0d0d7}\n",
            "</style>\n</head>\n<body>\n<main>\n",
            "<h1>Waar ontbreekt preventiemateriaal?</h1>\n",
        ));
        s.push_str(&self.body_html());
        s.push_str("</main>\n</body>\n</html>\n");
        s
    }

    /// What the page shows below its title: the explanation and both tables, every text escaped
    /// (the studio page shows it for the catalogue an editor dropped in).
    pub fn body_html(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "<p>Dit overzicht telt hoeveel materialen de catalogus van de Preventiewijzer heeft voor elk onderwerp, \
             per doelgroep en per risicogroep. Zo zie je waar preventiemateriaal ontbreekt: een lege cel betekent dat \
             de catalogus voor die combinatie niets heeft. Dat kan zijn omdat zulk materiaal niet bestaat, of omdat het \
             nog niet in de catalogus staat.</p>\n\
             <p>De catalogus bevat {} materialen. Een materiaal kan over meer onderwerpen gaan en voor meer doelgroepen \
             of risicogroepen zijn; het telt dan in elke cel die past. De getallen tellen dus niet op tot het totaal.</p>\n\
             <p class=\"legenda\"><span class=\"leeg\">0</span> = geen materiaal in de catalogus.</p>",
            self.materials
        );
        s.push_str("<h2>Onderwerpen en doelgroepen</h2>\n");
        let example = self.audiences.columns.iter().find_map(|c| c.parent.as_ref().map(|p| (c.label.as_str(), p.as_str())));
        if let Some((child, parent)) = example {
            let _ = writeln!(
                s,
                "<p>Een subdoelgroep telt ook mee in de kolom van haar hoofddoelgroep: materiaal voor {} telt bij {} én bij {}. \
                 Een materiaal telt per kolom één keer.</p>",
                escape(&child.to_lowercase()),
                escape(child),
                escape(parent)
            );
        }
        self.audiences.html_table(&mut s, "Aantal materialen per onderwerp en doelgroep");
        s.push_str("<h2>Onderwerpen en risicogroepen</h2>\n");
        s.push_str("<p>Alleen materialen die zich op een risicogroep richten tellen hier mee; de meeste materialen zijn voor alle jongeren.</p>\n");
        self.risk_groups.html_table(&mut s, "Aantal materialen per onderwerp en risicogroep");
        s
    }
}

impl Matrix {
    fn of(c: &Catalogue, facet: Facet, has: impl Fn(&Material, &str) -> bool) -> Matrix {
        let v = &c.vocabulary;
        let columns: Vec<Column> = v
            .terms(facet)
            .iter()
            .map(|t: &Term| Column {
                id: t.id.clone(),
                label: t.nl.clone(),
                parent: t.parent.as_deref().map(|p| v.label(Facet::Audiences, p, crate::lang::Lang::Nl).to_string()),
            })
            .collect();
        let column_totals = columns.iter().map(|col| c.materials.iter().filter(|m| has(m, &col.id)).count()).collect();
        let rows = v
            .topics
            .iter()
            .map(|t| {
                let with_topic: Vec<&Material> = c.materials.iter().filter(|m| m.topics.contains(&t.id)).collect();
                Row {
                    id: t.id.clone(),
                    label: t.nl.clone(),
                    counts: columns.iter().map(|col| with_topic.iter().filter(|m| has(m, &col.id)).count()).collect(),
                    total: with_topic.len(),
                }
            })
            .collect();
        Matrix { columns, rows, column_totals }
    }

    /// The count in the cell of topic `topic` and column `column` (ids).
    pub fn count(&self, topic: &str, column: &str) -> Option<usize> {
        let col = self.columns.iter().position(|c| c.id == column)?;
        self.rows.iter().find(|r| r.id == topic).map(|r| r.counts[col])
    }

    /// The empty cells as (topic label, column label).
    pub fn gaps(&self) -> Vec<(&str, &str)> {
        let mut gaps = Vec::new();
        for row in &self.rows {
            for (col, n) in self.columns.iter().zip(&row.counts) {
                if *n == 0 {
                    gaps.push((row.label.as_str(), col.label.as_str()));
                }
            }
        }
        gaps
    }

    fn text_table(&self, s: &mut String, title: &str) {
        let _ = writeln!(s, "{title}\n");
        let width = self.rows.iter().map(|r| r.label.chars().count()).chain(["Alle onderwerpen".len()]).max().unwrap_or(0);
        let cell = |n: usize| if n == 0 { "-".to_string() } else { n.to_string() };
        let _ = write!(s, "{:width$}", "");
        for i in 1..=self.columns.len() {
            let _ = write!(s, " {i:>3}");
        }
        let _ = writeln!(s, "  totaal");
        for row in &self.rows {
            let pad = width - row.label.chars().count();
            let _ = write!(s, "{}{:pad$}", row.label, "");
            for n in &row.counts {
                let _ = write!(s, " {:>3}", cell(*n));
            }
            let _ = writeln!(s, "  {:>6}", row.total);
        }
        let _ = write!(s, "{:width$}", "Alle onderwerpen");
        for n in &self.column_totals {
            let _ = write!(s, " {:>3}", cell(*n));
        }
        s.push('\n');
        s.push('\n');
        for (i, col) in self.columns.iter().enumerate() {
            let _ = write!(s, "{:>4} = {} ({})", i + 1, col.label, col.id);
            if let Some(parent) = &col.parent {
                let _ = write!(s, ", telt mee bij {parent}");
            }
            s.push('\n');
        }
    }

    fn html_table(&self, s: &mut String, caption: &str) {
        let _ = writeln!(s, "<div class=\"scroll\">\n<table>\n<caption>{}</caption>", escape(caption));
        s.push_str("<thead>\n<tr><th scope=\"col\">Onderwerp</th>");
        for col in &self.columns {
            let _ = write!(s, "<th scope=\"col\" data-id=\"{}\">{}", escape(&col.id), escape(&col.label));
            if let Some(parent) = &col.parent {
                let _ = write!(s, "<span class=\"sub\">telt mee bij {}</span>", escape(parent));
            }
            s.push_str("</th>");
        }
        s.push_str("<th scope=\"col\">Totaal per onderwerp</th></tr>\n</thead>\n<tbody>\n");
        for row in &self.rows {
            let _ = write!(s, "<tr data-id=\"{}\"><th scope=\"row\">{}</th>", escape(&row.id), escape(&row.label));
            for n in &row.counts {
                s.push_str(&count_cell(*n));
            }
            let _ = writeln!(s, "<td class=\"totaal\">{}</td></tr>", row.total);
        }
        s.push_str("</tbody>\n<tfoot>\n<tr><th scope=\"row\">Alle onderwerpen</th>");
        for n in &self.column_totals {
            s.push_str(&count_cell(*n));
        }
        s.push_str("<td></td></tr>\n</tfoot>\n</table>\n</div>\n");
    }
}

fn count_cell(n: usize) -> String {
    if n == 0 {
        "<td class=\"leeg\" title=\"geen materiaal\">0</td>".to_string()
    } else {
        format!("<td>{n}</td>")
    }
}

/// Whether audience `id` is `column` or a sub-type of it (following parents).
fn is_or_under(v: &Vocabulary, id: &str, column: &str) -> bool {
    let mut current = Some(id);
    let mut steps = 0;
    while let Some(a) = current {
        if a == column {
            return true;
        }
        steps += 1;
        if steps > 16 {
            return false;
        }
        current = v.audience_parent(a);
    }
    false
}

/// HTML-escapes text for element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
