//! Situations people describe ("mijn dochter heeft een oudere vriend die cadeaus geeft"): which
//! one of `situations.toml` a query describes, from the stems of its phrases. A match leans the
//! ranking softly toward the situation's topics ([`crate::pipeline::fit`]), names the source's own
//! wording of the signal in the why line, and brings the situation's advice and helplines into
//! the [`crate::Results`]. Both tiers match alike: the stems come from the lexicon.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::catalogue::{Helpline, Situation};
use crate::lexicon::SituationStems;
use crate::text::TextPlan;
use crate::Lang;

/// A situation matches when the typed words cover at least [`MIN_OF_PHRASE`] of one of its
/// phrases and its phrases cover at least [`MIN_OF_TYPED`] of the typed words that say anything
/// about situations (both weighed by how telling each stem is: "cadeau" tells more than "kind").
const MIN_OF_PHRASE: f32 = 0.4;
const MIN_OF_TYPED: f32 = 0.5;
/// And the two together (their harmonic mean) at least this: a wrong match would show advice
/// for someone else's situation. Measured on the natural judged set: above every wrong match.
const MIN_STRENGTH: f32 = 0.55;

/// The situation a query describes, with what the widget shows above the results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SituationHelp {
    pub id: String,
    /// The situation in the query's language ("Mijn kind wordt afgeperst met een naaktfoto").
    pub label: String,
    /// Needs help now: the widget shows the advice and helplines above the results.
    pub acute: bool,
    /// What to do, in the query's language (every statement traces to a source).
    pub advice: Option<String>,
    /// The helplines that fit, of the query's region (Dutch unless Flanders was chosen).
    pub helplines: Vec<Helpline>,
    /// The source's own words for the signal (tier A or B only), when one fits the language.
    pub signal: Option<String>,
    /// How sure the match is (0–1; 1 when the situation was chosen by a tap).
    pub strength: f32,
}

/// Matches queries to situations.
#[derive(Debug, Default)]
pub(crate) struct Matcher {
    stems: Vec<SituationStems>,
    /// How telling each stem is: rare among situations is telling (inverse document frequency).
    weight: HashMap<String, f32>,
}

impl Matcher {
    pub(crate) fn new(stems: Vec<SituationStems>) -> Matcher {
        let mut df: HashMap<&str, usize> = HashMap::new();
        for s in &stems {
            let all: HashSet<&str> = s.phrases.iter().flatten().map(String::as_str).collect();
            for stem in all {
                *df.entry(stem).or_default() += 1;
            }
        }
        let n = stems.len() as f32;
        let weight = df.into_iter().map(|(s, d)| (s.to_string(), (1.0 + n / d as f32).ln())).collect();
        Matcher { stems, weight }
    }

    fn w(&self, stem: &str) -> f32 {
        self.weight.get(stem).copied().unwrap_or(0.0)
    }

    /// [`Matcher::best`] for a plan of typed words. A word that only says who is typing ("my
    /// daughter", see [`crate::dutch::speaker`]) and that no situation uses says nothing about the
    /// situation, so it does not count against a match either.
    pub(crate) fn best_for(&self, plan: &TextPlan, w: &crate::weights::Weights) -> Option<(usize, f32)> {
        let speaker_only: Vec<&str> = plan
            .slots
            .iter()
            .filter(|s| crate::dutch::is_speaker_word(&s.word))
            .flat_map(|s| s.stems.iter().map(|(x, _)| x.as_str()))
            .filter(|x| self.w(x) == 0.0)
            .collect();
        let typed: Vec<&str> = plan.meaning_stems(w).into_iter().filter(|x| !speaker_only.contains(x)).collect();
        self.best(&typed)
    }

    /// The situation (index) the typed stems describe best, with the match's strength. A typed
    /// word no situation uses ("daughter", "drugskoerier") still counts against the match, as
    /// much as a word every situation uses: the query may be about something else.
    pub(crate) fn best(&self, typed: &[&str]) -> Option<(usize, f32)> {
        let unknown = typed.iter().filter(|s| self.w(s) == 0.0).count() as f32 * std::f32::consts::LN_2;
        let typed: Vec<&str> = typed.iter().copied().filter(|s| self.w(s) > 0.0).collect();
        let typed_weight: f32 = typed.iter().map(|s| self.w(s)).sum::<f32>() + unknown;
        if typed.is_empty() {
            return None;
        }
        let mut best: Option<(usize, f32)> = None;
        for (i, s) in self.stems.iter().enumerate() {
            let in_situation: Vec<&str> = typed.iter().copied().filter(|t| s.phrases.iter().flatten().any(|p| p == t)).collect();
            // One shared word is a coincidence, or a subject ("loverboy"), not a situation.
            if in_situation.len() < 2 {
                continue;
            }
            let of_typed = in_situation.iter().map(|t| self.w(t)).sum::<f32>() / typed_weight;
            let of_phrase = s
                .phrases
                .iter()
                .map(|phrase| {
                    let got: f32 = phrase.iter().filter(|p| typed.contains(&p.as_str())).map(|p| self.w(p)).sum();
                    got / phrase.iter().map(|p| self.w(p)).sum::<f32>().max(f32::MIN_POSITIVE)
                })
                .fold(0.0, f32::max);
            if of_phrase < MIN_OF_PHRASE || of_typed < MIN_OF_TYPED {
                continue;
            }
            let strength = 2.0 * of_phrase * of_typed / (of_phrase + of_typed);
            if strength < MIN_STRENGTH {
                continue;
            }
            if best.is_none_or(|(_, b)| strength > b) {
                best = Some((i, strength));
            }
        }
        best
    }

    /// The source wording of the situation's signal that fits the typed stems best, in `lang`:
    /// only tier A and B sources, as the research's rules say; English wording only for English.
    pub(crate) fn signal(&self, i: usize, situation: &Situation, typed: &[&str], lang: Lang) -> Option<String> {
        let english = |text: &str| situation.phrases_en.iter().any(|p| p == text);
        self.stems
            .get(i)?
            .signals
            .iter()
            .filter_map(|(k, stems)| situation.sources.get(*k).map(|src| (src, stems)))
            .filter(|(src, _)| matches!(src.tier.as_str(), "A" | "B"))
            .filter_map(|(src, stems)| src.signal.as_deref().map(|text| (text, stems)))
            .filter(|(text, _)| english(text) == (lang == Lang::En))
            .enumerate()
            .max_by(|(ia, (_, a)), (ib, (_, b))| {
                let score = |st: &Vec<String>| st.iter().filter(|s| typed.contains(&s.as_str())).map(|s| self.w(s)).sum::<f32>();
                score(a).total_cmp(&score(b)).then(ib.cmp(ia))
            })
            .map(|(_, (text, _))| text.to_string())
    }
}

/// Topics that say what to do, not what it is about: nearly every situation has them, so they
/// tell little about which material fits.
pub(crate) const ACTION_TOPICS: [&str; 3] = ["signaleren", "hulp-zoeken", "melden"];
const ACTION_WEIGHT: f32 = 0.3;

/// How well a material's topics fit a situation (0–1): the share of the situation's topics it
/// covers, each counted by its order in the situation (the first is what most of its signals
/// point to; action topics count little). Not also scaled by how much of the material is about
/// them: measured, that made the judged set worse (tier 2 natural 0.682 → 0.679 at a quarter
/// weight, 0.674 at half).
pub fn topic_share(situation: &Situation, topics: &[String]) -> f32 {
    let weight = |k: usize, t: &str| if ACTION_TOPICS.contains(&t) { ACTION_WEIGHT } else { 1.0 } / (k as f32 + 1.0);
    let total: f32 = situation.topics.iter().enumerate().map(|(k, t)| weight(k, t)).sum();
    let shared: Vec<(usize, &String)> = situation.topics.iter().enumerate().filter(|(_, t)| topics.contains(t)).collect();
    if total <= 0.0 || shared.is_empty() {
        return 0.0;
    }
    let got: f32 = shared.iter().map(|(k, t)| weight(*k, t)).sum();
    got / total
}
