//! All widget state in one reducer: `State` + `Action` → `State`. Pure (no DOM), so native
//! tests exercise it without a browser. The host's attributes and a shared link's fragment are
//! parsed here too, with a warning for every value ignored.

use preventiewijzer_engine::filters::school_level_ages;
use preventiewijzer_engine::{Lang, Query};
use preventiewijzer_model::vocabulary::Facet;
use preventiewijzer_model::Vocabulary;

/// Hits shown at first and added by "meer tonen".
pub const PAGE: usize = 10;
/// Where "Snel weg" goes when the host set no `quick-exit` URL but the audience is young people.
pub const DEFAULT_EXIT: &str = "https://www.google.com/";

/// The attributes of `<preventie-wijzer>`, as raw strings (absent = `None`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attributes {
    pub lang: Option<String>,
    pub audience: Option<String>,
    pub age: Option<String>,
    pub school_level: Option<String>,
    pub topics: Option<String>,
    pub risk_groups: Option<String>,
    pub region: Option<String>,
    pub limit: Option<String>,
    pub hide: Option<String>,
    pub quick_exit: Option<String>,
    /// The level of the widget's top headings (1–5; cards one below), to fit the host's outline.
    pub heading_level: Option<String>,
}

/// Parts a host can hide with `hide="filters help"`.
pub const PARTS: [&str; 4] = ["search", "filters", "help", "shortlist"];

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub query: Query,
    /// How many hits are shown ("meer tonen" adds a page).
    pub page_size: usize,
    /// Materials in "Mijn selectie", in the order added.
    pub shortlist: Vec<String>,
    pub hidden: Vec<String>,
    /// The host's `quick-exit` URL (https only).
    pub quick_exit: Option<String>,
    /// Level of the top headings (`heading-level`, default 2); material titles are one lower.
    pub heading_level: u8,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetText(String),
    /// From the age field: empty clears the age; anything that is not 0–99 is ignored.
    SetAge(String),
    /// From the school-level picker: empty clears it.
    SetSchoolLevel(String),
    Toggle(Facet, String),
    ClearFilters,
    ShowMore,
    ToggleShortlist(String),
    /// A situation tapped before typing (`None`: back to the choice).
    SetSituation(Option<String>),
    /// From the order picker (`relevance`, `evidence`, …); anything else is best fit first.
    SetSort(String),
    /// Forget everything (quick exit).
    Forget,
}

impl State {
    /// The starting state for the element's attributes, plus a warning for every value ignored.
    pub fn from_attributes(attrs: &Attributes, vocab: &Vocabulary) -> (State, Vec<String>) {
        let mut state = State {
            query: Query { limit: PAGE, ..Query::default() },
            page_size: PAGE,
            shortlist: Vec::new(),
            hidden: Vec::new(),
            quick_exit: None,
            heading_level: 2,
        };
        let warnings = state.apply(attrs, vocab);
        (state, warnings)
    }

    /// Applies the (changed) attributes: they set the profile; invalid values are ignored and
    /// named in the warnings with the values that are allowed.
    pub fn apply(&mut self, a: &Attributes, vocab: &Vocabulary) -> Vec<String> {
        let mut warnings = Vec::new();
        let mut warn = |name: &str, value: &str, allowed: String| warnings.push(format!("{name}=\"{value}\" is ignored; allowed: {allowed}"));
        let q = &mut self.query;
        q.lang = match a.lang.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            None => Lang::Nl,
            Some(v) => Lang::parse(v).unwrap_or_else(|| {
                warn("lang", v, Lang::codes());
                Lang::Nl
            }),
        };
        let mut ids = |name: &str, value: &Option<String>, facet: Facet| -> Vec<String> {
            let (ok, bad): (Vec<&str>, Vec<&str>) =
                value.as_deref().unwrap_or_default().split([' ', ',']).filter(|v| !v.is_empty()).partition(|v| vocab.term(facet, v).is_some());
            if !bad.is_empty() {
                warn(name, &bad.join(" "), vocab.ids(facet));
            }
            ok.into_iter().map(str::to_string).collect()
        };
        q.audiences = ids("audience", &a.audience, Facet::Audiences);
        q.topics = ids("topics", &a.topics, Facet::Topics);
        q.risk_groups = ids("risk-groups", &a.risk_groups, Facet::RiskGroups);
        q.regions = ids("region", &a.region, Facet::Regions);
        let mut warn = |name: &str, value: &str, allowed: &str| warnings.push(format!("{name}=\"{value}\" is ignored; allowed: {allowed}"));
        q.age = match a.age.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            None => None,
            Some(v) => parse_age(v).or_else(|| {
                warn("age", v, "a whole number from 0 to 99");
                None
            }),
        };
        q.school_level = match a.school_level.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            None => None,
            Some(v) if school_level_ages(v, vocab).is_some() => Some(v.to_string()),
            Some(v) => {
                warn("school-level", v, "a school level such as \"groep 7\", \"klas 2 vmbo\", \"havo-4\", \"mbo\"");
                None
            }
        };
        self.page_size = match a.limit.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            None => PAGE,
            Some(v) => v.parse::<usize>().ok().filter(|n| (1..=50).contains(n)).unwrap_or_else(|| {
                warn("limit", v, "a whole number from 1 to 50");
                PAGE
            }),
        };
        q.limit = self.page_size;
        self.hidden = Vec::new();
        for part in a.hide.as_deref().unwrap_or_default().split([' ', ',']).filter(|p| !p.is_empty()) {
            if PARTS.contains(&part) {
                self.hidden.push(part.to_string());
            } else {
                warn("hide", part, &PARTS.join(", "));
            }
        }
        self.heading_level = match a.heading_level.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            None => 2,
            Some(v) => v.parse::<u8>().ok().filter(|n| (1..=5).contains(n)).unwrap_or_else(|| {
                warn("heading-level", v, "a whole number from 1 to 5");
                2
            }),
        };
        self.quick_exit = match a.quick_exit.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            None => None,
            Some(v) if preventiewijzer_model::catalogue::validate::check_url(v).is_ok() => Some(v.to_string()),
            Some(v) => {
                warn("quick-exit", v, "an https: address, like https://www.google.com/");
                None
            }
        };
        warnings
    }

    pub fn reduce(mut self, action: Action) -> State {
        let q = &mut self.query;
        match action {
            Action::SetText(t) => {
                // What someone types describes their situation better than an earlier tap.
                q.situation = q.situation.take().filter(|_| t.trim().is_empty());
                (q.text, q.limit) = (t, self.page_size);
            }
            Action::SetSituation(id) => (q.situation, q.limit) = (id, self.page_size),
            Action::SetAge(v) if v.trim().is_empty() => q.age = None,
            Action::SetAge(v) => {
                if let Some(age) = parse_age(v.trim()) {
                    q.age = Some(age);
                }
            }
            Action::SetSchoolLevel(v) => q.school_level = Some(v).filter(|v| !v.trim().is_empty()),
            Action::Toggle(facet, id) => {
                if let Some(list) = list_mut(q, facet) {
                    toggle(list, id);
                    q.limit = self.page_size;
                }
            }
            Action::ClearFilters => {
                let lang = q.lang;
                *q = Query { lang, limit: self.page_size, ..Query::default() };
            }
            Action::ShowMore => q.limit += self.page_size,
            Action::ToggleShortlist(id) => toggle(&mut self.shortlist, id),
            Action::SetSort(v) => q.sort = preventiewijzer_engine::Sort::parse(&v).unwrap_or_default(),
            Action::Forget => {
                let lang = q.lang;
                *q = Query { lang, limit: self.page_size, ..Query::default() };
                self.shortlist.clear();
            }
        }
        self
    }

    /// Whether "Snel weg" is offered, and where it goes.
    pub fn exit_url(&self) -> Option<&str> {
        self.quick_exit.as_deref().or_else(|| self.query.audiences.iter().any(|a| a == "jongeren").then_some(DEFAULT_EXIT))
    }

    pub fn shows(&self, part: &str) -> bool {
        !self.hidden.iter().any(|p| p == part)
    }

    /// The shareable part of the state (filters, text and shortlist) as the opaque code of a
    /// share link ([`crate::share`]): no word or id in it is readable.
    pub fn to_fragment(&self, vocab: &Vocabulary) -> String {
        let q = &self.query;
        let shared = crate::share::Shared {
            text: q.text.clone(),
            age: q.age,
            school_level: q.school_level.clone(),
            facets: crate::share::FACETS.map(|f| preventiewijzer_engine::filters::chosen(q, f).to_vec()),
            shortlist: self.shortlist.clone(),
        };
        crate::share::encode(&shared, vocab)
    }

    /// Restores a shared view from [`State::to_fragment`] output (or from an older readable
    /// link, `q=…&t=…`); unknown ids are dropped.
    pub fn restore(&mut self, fragment: &str, vocab: &Vocabulary) {
        let s = crate::share::decode(fragment, vocab).unwrap_or_else(|| crate::share::readable(fragment, vocab));
        let q = &mut self.query;
        q.text = s.text;
        q.age = s.age;
        q.school_level = s.school_level;
        for (facet, ids) in crate::share::FACETS.into_iter().zip(s.facets) {
            *preventiewijzer_engine::filters::chosen_mut(q, facet) = ids;
        }
        self.shortlist = s.shortlist;
    }
}

fn list_mut(q: &mut Query, facet: Facet) -> Option<&mut Vec<String>> {
    preventiewijzer_engine::filters::FILTERS.contains(&facet).then(|| preventiewijzer_engine::filters::chosen_mut(q, facet))
}

fn parse_age(v: &str) -> Option<u8> {
    v.parse::<u8>().ok().filter(|a| *a <= 99)
}

fn toggle(list: &mut Vec<String>, id: String) {
    if let Some(i) = list.iter().position(|x| *x == id) {
        list.remove(i);
    } else {
        list.push(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab() -> &'static Vocabulary {
        crate::catalogue::engine().vocabulary()
    }

    fn attrs(pairs: &[(&str, &str)]) -> Attributes {
        let mut a = Attributes::default();
        for (k, v) in pairs {
            let v = Some(v.to_string());
            match *k {
                "lang" => a.lang = v,
                "audience" => a.audience = v,
                "age" => a.age = v,
                "school-level" => a.school_level = v,
                "topics" => a.topics = v,
                "risk-groups" => a.risk_groups = v,
                "region" => a.region = v,
                "limit" => a.limit = v,
                "hide" => a.hide = v,
                "quick-exit" => a.quick_exit = v,
                "heading-level" => a.heading_level = v,
                _ => panic!("{k}"),
            }
        }
        a
    }

    #[test]
    fn attributes_preset_the_profile() {
        let a = attrs(&[("lang", "en"), ("audience", "ouders"), ("age", "14"), ("topics", "sexting grooming"), ("limit", "5"), ("hide", "filters")]);
        let (s, warnings) = State::from_attributes(&a, vocab());
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(s.query.lang, Lang::En);
        assert_eq!(s.query.audiences, vec!["ouders".to_string()]);
        assert_eq!(s.query.age, Some(14));
        assert_eq!(s.query.topics, vec!["sexting".to_string(), "grooming".to_string()]);
        assert_eq!((s.query.limit, s.shows("filters"), s.shows("help")), (5, false, true));
        assert_eq!(s.heading_level, 2);
        assert_eq!(State::from_attributes(&attrs(&[("heading-level", "3")]), vocab()).0.heading_level, 3);
        let (bad, warnings) = State::from_attributes(&attrs(&[("heading-level", "7")]), vocab());
        assert_eq!((bad.heading_level, warnings.len()), (2, 1), "{warnings:?}");
    }

    #[test]
    fn invalid_attributes_are_ignored_with_a_warning_naming_the_valid_values() {
        let a = attrs(&[
            ("lang", "fr"),
            ("audience", "kinderen"),
            ("age", "NaN"),
            ("school-level", "klas 9"),
            ("limit", "-1"),
            ("hide", "all"),
            ("quick-exit", "javascript:alert(1)"),
        ]);
        let (s, warnings) = State::from_attributes(&a, vocab());
        assert_eq!(s.query, Query { limit: PAGE, ..Query::default() });
        assert_eq!(warnings.len(), 7, "{warnings:?}");
        assert!(["nl", "en", "ar", "tr", "pl", "uk"].iter().all(|l| warnings[0].contains(l)), "{}", warnings[0]);
        assert!(warnings[1].contains("audience=\"kinderen\"") && warnings[1].contains("ouders"), "{}", warnings[1]);
        assert!(warnings.iter().any(|w| w.contains("0 to 99")));
        assert_eq!(s.quick_exit, None);
    }

    #[test]
    fn toggling_a_topic_twice_removes_it_and_bad_ages_change_nothing() {
        let s = State::from_attributes(&Attributes::default(), vocab()).0;
        let s = s.reduce(Action::Toggle(Facet::Topics, "sexting".into()));
        assert_eq!(s.query.topics, vec!["sexting".to_string()]);
        let s = s.reduce(Action::SetAge("14".into())).reduce(Action::SetAge("-3".into())).reduce(Action::SetAge("1e9".into()));
        assert_eq!(s.query.age, Some(14));
        let s = s.reduce(Action::Toggle(Facet::Topics, "sexting".into())).reduce(Action::SetAge(String::new()));
        assert!(s.query.topics.is_empty());
        assert_eq!(s.query.age, None);
    }

    #[test]
    fn show_more_adds_a_page_and_a_new_query_starts_again() {
        let s = State::from_attributes(&Attributes::default(), vocab()).0;
        let s = s.reduce(Action::ShowMore).reduce(Action::ShowMore);
        assert_eq!(s.query.limit, 3 * PAGE);
        assert_eq!(s.reduce(Action::SetText("sexting".into())).query.limit, PAGE);
    }

    #[test]
    fn a_share_link_restores_the_view_and_the_shortlist() {
        let s = State::from_attributes(&attrs(&[("audience", "leraren")]), vocab()).0;
        let s = s
            .reduce(Action::SetText("sexting & \"nudes\" #1".into()))
            .reduce(Action::SetAge("14".into()))
            .reduce(Action::Toggle(Facet::Topics, "sexting".into()))
            .reduce(Action::ToggleShortlist("send-me-a-pic".into()))
            .reduce(Action::ToggleShortlist("edubox-sexting".into()));
        let fragment = s.to_fragment(vocab());
        assert!(!fragment.contains('#') && !fragment.contains(' ') && !fragment.contains("sexting"), "{fragment}");
        let mut restored = State::from_attributes(&Attributes::default(), vocab()).0;
        restored.restore(&fragment, vocab());
        assert_eq!(restored.query, s.query);
        assert_eq!(restored.shortlist, s.shortlist);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 300, failure_persistence: None, ..Default::default() })]

        /// Any attribute values and any fragment: never a panic, always a valid profile.
        #[test]
        fn strange_attributes_and_fragments_never_panic(values in proptest::collection::vec(proptest::option::of(proptest::prelude::any::<String>()), 11), fragment in proptest::prelude::any::<String>()) {
            let a = Attributes {
                lang: values[0].clone(), audience: values[1].clone(), age: values[2].clone(), school_level: values[3].clone(),
                topics: values[4].clone(), risk_groups: values[5].clone(), region: values[6].clone(), limit: values[7].clone(),
                hide: values[8].clone(), quick_exit: values[9].clone(), heading_level: values[10].clone(),
            };
            let (mut s, _) = State::from_attributes(&a, vocab());
            s.restore(&fragment, vocab());
            proptest::prop_assert!(s.query.age.is_none_or(|a| a <= 99));
            proptest::prop_assert!((1..=50).contains(&s.page_size));
            proptest::prop_assert!((1..=5).contains(&s.heading_level));
            proptest::prop_assert!(s.quick_exit.as_deref().is_none_or(|u| u.starts_with("https://")));
            let _ = crate::catalogue::engine().search(&s.query);
        }
    }

    #[test]
    fn quick_exit_is_offered_to_young_people_and_forget_clears_everything() {
        let s = State::from_attributes(&attrs(&[("audience", "jongeren")]), vocab()).0;
        assert_eq!(s.exit_url(), Some(DEFAULT_EXIT));
        let s = s.reduce(Action::SetText("loverboy".into())).reduce(Action::ToggleShortlist("julia".into())).reduce(Action::Forget);
        assert_eq!((s.query.text.as_str(), s.shortlist.len(), s.query.audiences.len()), ("", 0, 0));
        let host = State::from_attributes(&attrs(&[("quick-exit", "https://www.nu.nl/")]), vocab()).0;
        assert_eq!(host.exit_url(), Some("https://www.nu.nl/"));
    }
}
