//! The filter facets as one keyed table: every name a filter facet goes by — its list in
//! [`Query`] and in [`Facets`] (the JSON field), the element attribute that presets it, its key
//! in a shared link's fragment, the CLI flag of `search`, the i18n key of its legend in the
//! widget — is one row of [`FILTERS`]. The query, the hard filters, the facet counts, the
//! widget's reducer, fragment and filter groups and the CLI all read this table; nothing matches
//! a name back to a facet but the serde boundary here.
//!
//! Adding a filter facet: its vocabulary table (`crates/model`), its list in [`Query`], one row
//! here and one arm in [`FilterFacet::chosen`] / [`FilterFacet::chosen_mut`].

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::catalogue::Material;
use crate::vocabulary::Facet;
use crate::Query;

/// One filter facet and every name it goes by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FilterFacet {
    pub facet: Facet,
    /// Its list in [`Query`] and in [`Facets`] (`risk_groups`, `evidence`); also a
    /// [`DropTarget`]'s JSON name.
    pub query_field: &'static str,
    /// The attribute of `<preventie-wijzer>` that presets it (`risk-groups`), if any.
    pub attribute: Option<&'static str>,
    /// Its key in a shared link's fragment (`r`), if the widget shares it.
    pub fragment: Option<&'static str>,
    /// The repeatable flag of `preventiewijzer search` (`--risk-group`).
    pub cli_flag: &'static str,
    /// The widget's filter group for it, if it offers one: the i18n key of the legend and the
    /// name of the checkboxes (`risk-group`).
    pub group: Option<(&'static str, &'static str)>,
}

const fn row(
    facet: Facet,
    query_field: &'static str,
    attribute: Option<&'static str>,
    fragment: Option<&'static str>,
    cli_flag: &'static str,
    group: Option<(&'static str, &'static str)>,
) -> FilterFacet {
    FilterFacet { facet, query_field, attribute, fragment, cli_flag, group }
}

/// The facets a query can filter on, in display order (also the order of [`Facets`]' JSON and
/// of the widget's filter groups).
#[rustfmt::skip]
pub const FILTERS: [FilterFacet; 9] = [
    //   facet                  query field    attribute           fragment   CLI flag         filter group (legend, checkbox name)
    row(Facet::Audiences,      "audiences",   Some("audience"),    Some("a"), "--audience",    Some(("widget.for_whom", "audience"))),
    row(Facet::Topics,         "topics",      Some("topics"),      Some("t"), "--topic",       Some(("widget.topics", "topic"))),
    row(Facet::RiskGroups,     "risk_groups", Some("risk-groups"), Some("r"), "--risk-group",  Some(("widget.risk_groups", "risk-group"))),
    row(Facet::Formats,        "formats",     None,                Some("f"), "--format",      Some(("widget.formats", "format"))),
    row(Facet::Stages,         "stages",      None,                None,      "--stage",       None),
    row(Facet::Costs,          "costs",       None,                Some("c"), "--cost",        Some(("widget.costs", "cost"))),
    row(Facet::Languages,      "languages",   None,                None,      "--language",    None),
    row(Facet::Regions,        "regions",     Some("region"),      None,      "--region",      Some(("widget.regions", "region"))),
    row(Facet::EvidenceLevels, "evidence",    None,                Some("e"), "--evidence",    Some(("widget.evidence", "evidence"))),
];

/// Narrower than this (CSS pixels of the window: a phone) the widget starts with its filter
/// groups folded. One width for the app (`browser::is_narrow` in widget/src) and the prerendered
/// first view (`src/editor/first.rs` writes it on the filters as `data-fold-below`, which
/// widget/js/preventiewijzer-first.js reads).
pub const FOLD_FILTERS_BELOW_PX: u32 = 768;

/// The row of a filter facet (`None` for the facets a query cannot filter on).
pub fn filter(facet: Facet) -> Option<&'static FilterFacet> {
    FILTERS.iter().find(|f| f.facet == facet)
}

/// The query's chosen values for `facet` (none for a facet a query cannot filter on).
pub fn chosen(q: &Query, facet: Facet) -> &[String] {
    filter(facet).map_or(&[], |f| f.chosen(q))
}

/// A filter facet's place in [`FILTERS`].
fn position(facet: Facet) -> Option<usize> {
    FILTERS.iter().position(|f| f.facet == facet)
}

/// A material's values for a facet.
pub(crate) fn values(m: &Material, f: Facet) -> &[String] {
    match f {
        Facet::Audiences => &m.audiences,
        Facet::Topics => &m.topics,
        Facet::RiskGroups => &m.risk_groups,
        Facet::Formats => std::slice::from_ref(&m.format),
        Facet::Stages => &m.stages,
        Facet::Costs => std::slice::from_ref(&m.cost),
        Facet::Languages => &m.languages,
        Facet::Regions => std::slice::from_ref(&m.region),
        Facet::EvidenceLevels => m.evidence.as_slice(),
        _ => &[],
    }
}

impl FilterFacet {
    /// The query's chosen values for this facet.
    pub fn chosen<'q>(&self, q: &'q Query) -> &'q Vec<String> {
        match self.facet {
            Facet::Audiences => &q.audiences,
            Facet::Topics => &q.topics,
            Facet::RiskGroups => &q.risk_groups,
            Facet::Formats => &q.formats,
            Facet::Stages => &q.stages,
            Facet::Costs => &q.costs,
            Facet::Languages => &q.languages,
            Facet::Regions => &q.regions,
            Facet::EvidenceLevels => &q.evidence,
            f => unreachable!("{f:?} has no row in FILTERS"),
        }
    }

    pub fn chosen_mut<'q>(&self, q: &'q mut Query) -> &'q mut Vec<String> {
        match self.facet {
            Facet::Audiences => &mut q.audiences,
            Facet::Topics => &mut q.topics,
            Facet::RiskGroups => &mut q.risk_groups,
            Facet::Formats => &mut q.formats,
            Facet::Stages => &mut q.stages,
            Facet::Costs => &mut q.costs,
            Facet::Languages => &mut q.languages,
            Facet::Regions => &mut q.regions,
            Facet::EvidenceLevels => &mut q.evidence,
            f => unreachable!("{f:?} has no row in FILTERS"),
        }
    }
}

/// A facet's count: how many results there would be with this value added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetCount {
    pub id: String,
    pub count: usize,
}

/// For every value of every filter facet: its [`FacetCount`], keyed by facet. In JSON an object
/// with one list per facet, named by the facet's `query_field`, in [`FILTERS`] order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facets([Vec<FacetCount>; FILTERS.len()]);

impl Facets {
    /// The lists in [`FILTERS`] order.
    pub(crate) fn new(lists: [Vec<FacetCount>; FILTERS.len()]) -> Facets {
        Facets(lists)
    }

    /// The counts of one facet (empty for a facet a query cannot filter on).
    pub fn get(&self, facet: Facet) -> &[FacetCount] {
        position(facet).map_or(&[], |k| &self.0[k])
    }
}

impl Serialize for Facets {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(FILTERS.len()))?;
        for (f, list) in FILTERS.iter().zip(&self.0) {
            map.serialize_entry(f.query_field, list)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Facets {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Facets, D::Error> {
        struct Lists;
        impl<'de> Visitor<'de> for Lists {
            type Value = Facets;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object with a list of counts per facet")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Facets, A::Error> {
                let mut facets = Facets::default();
                while let Some(key) = map.next_key::<String>()? {
                    let k = FILTERS.iter().position(|f| f.query_field == key).ok_or_else(|| de::Error::unknown_field(&key, &[]))?;
                    facets.0[k] = map.next_value()?;
                }
                Ok(facets)
            }
        }
        d.deserialize_map(Lists)
    }
}

/// What a [`crate::DropFilter`] suggests dropping: a chosen value of a filter facet, the age or
/// the school level. In JSON the query field's name (`topics`, `age`, `school_level`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DropTarget {
    Filter(Facet),
    Age,
    SchoolLevel,
}

impl DropTarget {
    /// Its name in [`Query`].
    pub fn query_field(self) -> &'static str {
        match self {
            DropTarget::Filter(f) => filter(f).map_or("", |row| row.query_field),
            DropTarget::Age => "age",
            DropTarget::SchoolLevel => "school_level",
        }
    }
}

impl Serialize for DropTarget {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.query_field())
    }
}

impl<'de> Deserialize<'de> for DropTarget {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<DropTarget, D::Error> {
        let name = String::deserialize(d)?;
        match name.as_str() {
            "age" => Ok(DropTarget::Age),
            "school_level" => Ok(DropTarget::SchoolLevel),
            other => FILTERS
                .iter()
                .find(|f| f.query_field == other)
                .map(|f| DropTarget::Filter(f.facet))
                .ok_or_else(|| de::Error::custom(format!("`{other}` is no query field"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_in_the_table_is_unique() {
        let columns: [fn(&FilterFacet) -> Option<&'static str>; 6] =
            [|f| Some(f.query_field), |f| f.attribute, |f| f.fragment, |f| Some(f.cli_flag), |f| f.group.map(|g| g.0), |f| f.group.map(|g| g.1)];
        for column in columns {
            let names: Vec<_> = FILTERS.iter().filter_map(column).collect();
            let mut unique = names.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(names.len(), unique.len(), "{names:?}");
        }
    }

    #[test]
    fn query_fields_are_the_query_json_names() {
        let json = serde_json::to_value(Query::default()).unwrap();
        for f in FILTERS {
            assert!(json.get(f.query_field).is_some_and(|v| v.is_array()), "{} is not a list in Query", f.query_field);
            let mut q = Query::default();
            f.chosen_mut(&mut q).push("x".into());
            assert_eq!(serde_json::to_value(&q).unwrap()[f.query_field], serde_json::json!(["x"]));
        }
    }

    #[test]
    fn facets_and_drop_targets_round_trip_through_json() {
        let mut lists: [Vec<FacetCount>; FILTERS.len()] = Default::default();
        lists[2].push(FacetCount { id: "lvb".into(), count: 3 });
        let facets = Facets::new(lists);
        let json = serde_json::to_string(&facets).unwrap();
        assert!(json.starts_with("{\"audiences\":[],\"topics\":[],\"risk_groups\":[{\"id\":\"lvb\",\"count\":3}]"), "{json}");
        assert_eq!(serde_json::from_str::<Facets>(&json).unwrap(), facets);
        for t in [DropTarget::Age, DropTarget::SchoolLevel, DropTarget::Filter(Facet::EvidenceLevels)] {
            assert_eq!(serde_json::from_str::<DropTarget>(&serde_json::to_string(&t).unwrap()).unwrap(), t);
        }
        assert_eq!(serde_json::to_string(&DropTarget::Filter(Facet::EvidenceLevels)).unwrap(), "\"evidence\"");
    }
}
