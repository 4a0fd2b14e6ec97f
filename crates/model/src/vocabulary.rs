//! The controlled vocabulary (`catalogue/vocabulary.toml`): every facet value is an id with a
//! Dutch and English label, a one-line description and search synonyms. Materials may only use
//! ids that exist here; the widget takes its filter labels from here.

use serde::{Deserialize, Serialize};

/// One value of a facet (an audience, a topic, a school level, …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    /// Dutch label, shown first.
    pub nl: String,
    /// English label.
    pub en: String,
    /// One plain-language line (Dutch).
    #[serde(default)]
    pub description: String,
    /// Words people type for this value: variants, plurals, English and Flemish terms.
    #[serde(default)]
    pub synonyms: Vec<String>,
    /// For audience sub-types: the parent audience (`leraren` → `professionals`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// For evidence levels: higher is stronger recognition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<u8>,
    /// For school levels: the ages of the pupils.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_min: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_max: Option<u8>,
    /// For regions: a municipality's own region, added by a local catalogue folder
    /// (`catalogue::local`); its materials and helplines are marked "in uw regio". Never set in
    /// the national vocabulary (validation refuses it there).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub local: bool,
}

impl Term {
    /// The label in the given language. The vocabulary has Dutch and English labels; every
    /// other language's label is in its `i18n/<lang>.toml`, table `[vocabulary.<facet>]`, keyed
    /// by id (the Dutch label when that file lacks it; `tests/i18n.rs` reports the gap).
    pub fn label(&self, facet: Facet, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::Nl => &self.nl,
            crate::Lang::En => &self.en,
            _ => lang.catalogue_text(&format!("vocabulary.{}.{}", facet.table(), self.id)).unwrap_or(&self.nl),
        }
    }
}

/// All facets of the catalogue.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    pub audiences: Vec<Term>,
    pub topics: Vec<Term>,
    pub risk_groups: Vec<Term>,
    pub formats: Vec<Term>,
    pub stages: Vec<Term>,
    #[serde(default)]
    pub settings: Vec<Term>,
    pub regions: Vec<Term>,
    pub languages: Vec<Term>,
    pub evidence_levels: Vec<Term>,
    pub costs: Vec<Term>,
    pub school_levels: Vec<Term>,
    /// Who delivers a material (Gezonde School's "wie voert uit").
    #[serde(default)]
    pub deliverers: Vec<Term>,
}

/// Names a facet of the vocabulary, for lookups and error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Facet {
    Audiences,
    Topics,
    RiskGroups,
    Formats,
    Stages,
    Settings,
    Regions,
    Languages,
    EvidenceLevels,
    Costs,
    SchoolLevels,
    Deliverers,
}

impl Vocabulary {
    pub fn terms(&self, facet: Facet) -> &[Term] {
        match facet {
            Facet::Audiences => &self.audiences,
            Facet::Topics => &self.topics,
            Facet::RiskGroups => &self.risk_groups,
            Facet::Formats => &self.formats,
            Facet::Stages => &self.stages,
            Facet::Settings => &self.settings,
            Facet::Regions => &self.regions,
            Facet::Languages => &self.languages,
            Facet::EvidenceLevels => &self.evidence_levels,
            Facet::Costs => &self.costs,
            Facet::SchoolLevels => &self.school_levels,
            Facet::Deliverers => &self.deliverers,
        }
    }

    pub fn term(&self, facet: Facet, id: &str) -> Option<&Term> {
        self.terms(facet).iter().find(|t| t.id == id)
    }

    /// The label of `id` in `lang`, or the id itself when it is not in the vocabulary.
    pub fn label<'a>(&'a self, facet: Facet, id: &'a str, lang: crate::Lang) -> &'a str {
        self.term(facet, id).map_or(id, |t| t.label(facet, lang))
    }

    /// The parent audience of a sub-type (`leraren` → `professionals`).
    pub fn audience_parent(&self, id: &str) -> Option<&str> {
        self.term(Facet::Audiences, id).and_then(|t| t.parent.as_deref())
    }

    /// The id closest to `wrong` in the facet (for "did you mean" in error messages).
    pub fn nearest(&self, facet: Facet, wrong: &str) -> Option<&str> {
        self.terms(facet)
            .iter()
            .map(|t| (edit_distance(&t.id, wrong), t.id.as_str()))
            .min()
            .filter(|(d, id)| *d <= (id.chars().count() / 2).max(2))
            .map(|(_, id)| id)
    }

    /// All ids of a facet, comma-separated (for "allowed: …" in error messages).
    pub fn ids(&self, facet: Facet) -> String {
        self.terms(facet).iter().map(|t| t.id.as_str()).collect::<Vec<_>>().join(", ")
    }
}

impl Facet {
    /// Every facet, in the order of `vocabulary.toml`.
    pub const ALL: [Facet; 12] = [
        Facet::Audiences,
        Facet::Topics,
        Facet::RiskGroups,
        Facet::Formats,
        Facet::Stages,
        Facet::Settings,
        Facet::Regions,
        Facet::Languages,
        Facet::EvidenceLevels,
        Facet::Costs,
        Facet::SchoolLevels,
        Facet::Deliverers,
    ];

    /// The table name in `vocabulary.toml` (`risk_groups`), also the table of the labels in a
    /// language file (`[vocabulary.risk_groups]`).
    pub fn table(self) -> &'static str {
        match self {
            Facet::Audiences => "audiences",
            Facet::Topics => "topics",
            Facet::RiskGroups => "risk_groups",
            Facet::Formats => "formats",
            Facet::Stages => "stages",
            Facet::Settings => "settings",
            Facet::Regions => "regions",
            Facet::Languages => "languages",
            Facet::EvidenceLevels => "evidence_levels",
            Facet::Costs => "costs",
            Facet::SchoolLevels => "school_levels",
            Facet::Deliverers => "deliverers",
        }
    }

    /// The field name used in material files and error messages.
    pub fn field(self) -> &'static str {
        match self {
            Facet::Audiences => "audiences",
            Facet::Topics => "topics",
            Facet::RiskGroups => "risk_groups",
            Facet::Formats => "format",
            Facet::Stages => "stages",
            Facet::Settings => "settings",
            Facet::Regions => "region",
            Facet::Languages => "languages",
            Facet::EvidenceLevels => "evidence",
            Facet::Costs => "cost",
            Facet::SchoolLevels => "school_levels",
            Facet::Deliverers => "delivered_by",
        }
    }
}

/// Levenshtein distance over chars.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}
