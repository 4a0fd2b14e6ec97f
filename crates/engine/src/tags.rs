//! The facet tags of a material (`topics/loverboys`): what a vocabulary phrase typed in the text
//! finds, in both tiers (tier 1 keeps them per material, tier 2 indexes them in a `tags` field).

use crate::catalogue::Material;
use crate::vocabulary::Facet;

/// Facets whose terms are tags, found through their labels and synonyms (stages too: "voorlichting"
/// names prevention, "melden" reporting).
pub const TAGGED: [Facet; 5] = [Facet::Topics, Facet::RiskGroups, Facet::Audiences, Facet::Formats, Facet::Stages];

/// The raw tag of a vocabulary term in the `tags` field: `topics/loverboys`.
pub fn tag(facet: Facet, id: &str) -> String {
    format!("{}/{id}", facet.field())
}

/// The tags of a material (its topics, risk groups, audiences and format).
pub fn tags(m: &Material) -> Vec<String> {
    TAGGED.into_iter().flat_map(|facet| crate::facets::values(m, facet).iter().map(move |id| tag(facet, id))).collect()
}
