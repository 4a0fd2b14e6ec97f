//! All widget state in one reducer: `State` + `Action` → `State`. Pure, so native tests can
//! exercise it without a browser.

use preventiewijzer::{Lang, Query, Vocabulary};
use preventiewijzer::vocabulary::Facet;

/// What the host page set on the element (raw attribute values).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attributes {
    pub lang: Option<String>,
    pub audience: Option<String>,
    pub age: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub query: Query,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetText(String),
    ToggleAudience(String),
    ToggleTopic(String),
    ToggleRiskGroup(String),
    /// From the age field: empty clears the age; anything that is not 0–99 is ignored.
    SetAge(String),
    ClearFilters,
}

impl State {
    /// The starting state for the element's attributes, plus a warning for every value ignored.
    pub fn from_attributes(attrs: &Attributes, vocab: &Vocabulary) -> (State, Vec<String>) {
        let mut state = State { query: Query { limit: 20, ..Query::default() } };
        let warnings = state.apply(attrs, vocab);
        (state, warnings)
    }

    /// Applies (changed) attributes; invalid values are ignored and named in the warnings.
    pub fn apply(&mut self, attrs: &Attributes, vocab: &Vocabulary) -> Vec<String> {
        let mut warnings = Vec::new();
        let q = &mut self.query;
        q.lang = match attrs.lang.as_deref() {
            None | Some("") => Lang::Nl,
            Some(v) => Lang::parse(v).unwrap_or_else(|| {
                warnings.push(format!("lang=\"{v}\" is ignored; allowed: nl, en"));
                Lang::Nl
            }),
        };
        q.audiences = match attrs.audience.as_deref().map(str::trim) {
            None | Some("") => Vec::new(),
            Some(v) if vocab.term(Facet::Audiences, v).is_some() => vec![v.to_string()],
            Some(v) => {
                warnings.push(format!("audience=\"{v}\" is ignored; allowed: {}", vocab.ids(Facet::Audiences)));
                Vec::new()
            }
        };
        q.age = match attrs.age.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(v) => parse_age(v).or_else(|| {
                warnings.push(format!("age=\"{v}\" is ignored; allowed: a whole number from 0 to 99"));
                None
            }),
        };
        warnings
    }

    pub fn reduce(mut self, action: Action) -> State {
        let q = &mut self.query;
        match action {
            Action::SetText(t) => q.text = t,
            Action::ToggleAudience(id) => toggle(&mut q.audiences, id),
            Action::ToggleTopic(id) => toggle(&mut q.topics, id),
            Action::ToggleRiskGroup(id) => toggle(&mut q.risk_groups, id),
            Action::SetAge(v) if v.trim().is_empty() => q.age = None,
            Action::SetAge(v) => {
                if let Some(age) = parse_age(v.trim()) {
                    q.age = Some(age);
                }
            }
            Action::ClearFilters => {
                q.audiences.clear();
                q.topics.clear();
                q.risk_groups.clear();
                q.age = None;
                q.text.clear();
            }
        }
        self
    }
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
        preventiewijzer_index::engine().vocabulary()
    }

    #[test]
    fn attributes_preset_the_profile() {
        let attrs = Attributes { lang: Some("en".into()), audience: Some("ouders".into()), age: Some("14".into()) };
        let (s, warnings) = State::from_attributes(&attrs, vocab());
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(s.query.lang, Lang::En);
        assert_eq!(s.query.audiences, vec!["ouders".to_string()]);
        assert_eq!(s.query.age, Some(14));
    }

    #[test]
    fn invalid_attributes_are_ignored_with_a_warning_naming_the_valid_values() {
        let attrs = Attributes { lang: Some("fr".into()), audience: Some("kinderen".into()), age: Some("NaN".into()) };
        let (s, warnings) = State::from_attributes(&attrs, vocab());
        assert_eq!(s.query, Query { limit: 20, ..Query::default() });
        assert_eq!(warnings.len(), 3);
        assert!(warnings[0].contains("allowed: nl, en"));
        assert!(warnings[1].contains("ouders"), "{}", warnings[1]);
        assert!(warnings[2].contains("0 to 99"));
    }

    #[test]
    fn toggling_a_topic_twice_removes_it_and_bad_ages_change_nothing() {
        let s = State::from_attributes(&Attributes::default(), vocab()).0;
        let s = s.reduce(Action::ToggleTopic("sexting".into()));
        assert_eq!(s.query.topics, vec!["sexting".to_string()]);
        let s = s.reduce(Action::SetAge("14".into())).reduce(Action::SetAge("-3".into())).reduce(Action::SetAge("1e9".into()));
        assert_eq!(s.query.age, Some(14));
        let s = s.reduce(Action::ToggleTopic("sexting".into())).reduce(Action::SetAge(String::new()));
        assert!(s.query.topics.is_empty());
        assert_eq!(s.query.age, None);
    }
}
