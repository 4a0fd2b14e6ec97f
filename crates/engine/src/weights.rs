//! Every knob that shapes the ranking, in one struct: what it does in plain words, its range and
//! its default. [`Weights::check`] refuses a value outside its range (an error, not a clamp), and
//! `tests/weights.rs` fails when a documented default or range differs from the code's.
//! `docs/ranking.md` explains them for site owners.
//!
//! A score is a sum of weighted parts: text relevance (0–1, from the tier's scorer) times
//! `text`, plus the profile fit (`crate::pipeline::fit::score`). Text relevance itself comes from the
//! typed words' stems weighed by the field they are found in and by how they were found (as
//! typed, corrected, completed, …), scaled to the best match and weighed by word coverage.

use std::fmt;

/// The ranking knobs. Each field documents "Range A–B, default X." (checked by a test).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// How much matching the typed words counts (text relevance is scaled to 0–1 against the
    /// best text match). Raise it to let words outweigh the profile: someone who types is
    /// usually looking for something specific. Measured with `title` 1.5 and `tag` 1.0 (tier 2
    /// whole/natural, tier 1 whole/natural): 2.0 → 0.7653/0.7307, 0.7657/0.7242; 1.5 →
    /// 0.7664/0.7356, 0.7719/0.7347 (people's own words often share an incidental word with a
    /// material: the situation and the profile weigh more against it). Range 0–5, default 1.5.
    pub text: f32,
    /// Bonus when the material is made for exactly the chosen audience (or a sub-type of it).
    /// Measured with `audience_related` at half, on the judged set (tier 2 whole/natural
    /// nDCG@10): 0.6 → 0.739/0.682, 0.9 → 0.747/0.698, 1.2 → 0.749/0.701.
    /// Range 0–1.5, default 0.9.
    pub audience_exact: f32,
    /// Bonus when the material is for the chosen audience's parent group (a teacher gets material
    /// "for professionals"). Lower than exact on purpose. Range 0–1, default 0.45.
    pub audience_related: f32,
    /// An audience the typed words show ("mijn dochter": a parent) counts this share of a chosen
    /// one's bonus (0.5 measured 0.578 nDCG@10 on the natural subset in tier 2, 1.0 measured
    /// 0.582). Range 0–1, default 1.0.
    pub typed_audience: f32,
    /// Bonus, when the typed words show a parent is asking ("mijn kind"), for material made for
    /// adults (the general public) but not for parents: a parent is an adult too, so it fits,
    /// less than material made for parents. Measured (tier 2 whole/natural, tier 1
    /// whole/natural): 0 → 0.7786/0.7538, 0.7871/0.7550; 0.2 → 0.7799/0.7566, 0.7885/0.7580;
    /// 0.3 → 0.7816/0.7604, 0.7899/0.7611; 0.45 (`audience_related`) → 0.7814/0.7598,
    /// 0.7892/0.7594; 0.6 → 0.7808/0.7585, 0.7886/0.7580.
    /// Range 0–1.5, default 0.3.
    pub adult_material: f32,
    /// Bonus for an age inside the material's known range, largest at the centre, half at the
    /// edge. Range 0–1, default 0.8.
    pub age: f32,
    /// Bonus for a material whose age range is unknown when an age is set: shown, but below
    /// materials that are known to fit. Range 0–1 (at most `age`), default 0.1.
    pub age_unknown: f32,
    /// Bonus for each chosen topic the material covers, larger when the material covers few
    /// topics (a sexting lesson beats a broad relationships course for "sexting").
    /// Range 0–2, default 0.5.
    pub topic: f32,
    /// The same for risk groups: material made for LVB youth outranks general material for an
    /// LVB profile. Range 0–2, default 0.5.
    pub risk_group: f32,
    /// Bonus for recognised effectiveness, scaled by the level's rank (strongest = full bonus).
    /// Small, so recognition breaks ties rather than hiding good unrated material.
    /// Range 0–1, default 0.1.
    pub evidence: f32,
    /// Bonus for a recent recognition date: full within 5 years of the newest date in the
    /// catalogue, fading to 0 over the 10 years before. Old material may still be good, so this
    /// only breaks ties. Range 0–1, default 0.1.
    pub freshness: f32,
    /// How much a situation the query describes ("oudere vriend die cadeaus geeft") leans the
    /// ranking toward its topics, times the match's strength and the share of the situation's
    /// topics the material covers. Soft, like a typed school level: it never filters.
    /// Range 0–4, default 1.5.
    pub situation: f32,
    /// Bonus for a material one can act on: it has a link, or a source says how to get it. Tiny:
    /// it puts such a material above an otherwise equal one without a way to get it.
    /// Range 0–0.1, default 0.02.
    pub actionable: f32,
    /// Bonus for material in the user's own language (the widget's `lang`): a Dutch teacher
    /// gets Dutch lessons before English ones. Range 0–1, default 0.3.
    pub language: f32,
    /// A topic named in the typed words ("loverboyproblematiek", "sexting") counts this share of
    /// `topic`, the bonus of a chosen topic: material mainly about what was typed beats one that
    /// mentions it among many subjects. Measured on the judged set (tier 2 natural nDCG@10):
    /// 0.5 → 0.638, 1.0 → 0.641, 2.0 → 0.649, 3.0 → 0.650 (whole set falls), 4.0 → 0.635.
    /// Range 0–4, default 2.0.
    pub typed_topic: f32,
    /// A risk group named in the typed words ("dochter met lvb") counts this share of
    /// `risk_group`, the bonus of a chosen risk group: material made for that group leans up,
    /// softly, as a named topic does. Only a group named by whole typed words counts, not one
    /// named in passing by a word for the young person ("meisje", "boy") or a school level
    /// ("vmbo"), see [`crate::text::TextPlan::named_groups`]. Measured (tier 2 whole/natural,
    /// tier 1 whole/natural): 0 → 0.7826/0.7604, 0.7908/0.7611; 1.0 → 0.7831/0.7612,
    /// 0.7916/0.7619; 2.0 → 0.7845/0.7612, 0.7926/0.7618; 3.0 → 0.7832/0.7605, 0.7915/0.7611.
    /// Range 0–4, default 2.0.
    pub typed_risk_group: f32,
    /// A stage named in the typed words ("hoe meld ik dat" names reporting, "voorlichting"
    /// prevention, "signaleren" recognising signs) counts this share of `topic`, more for material
    /// with fewer stages: someone who asks how to report wants the guide to reporting before a
    /// programme that also mentions it. Measured (tier 2 whole/natural, tier 1 whole/natural):
    /// 0 → 0.7845/0.7613, 0.7927/0.7620; 0.5 → 0.7858/0.7640, 0.7945/0.7655; 1.0 → 0.7880/0.7674,
    /// 0.7961/0.7692; 1.5 → 0.7873/0.7668, 0.7956/0.7685; 2.0 → 0.7865/0.7649, 0.7944/0.7659.
    /// Range 0–4, default 1.0.
    pub typed_stage: f32,
    /// For an acute situation (someone needs help now), material that helps (stage `hulp` or
    /// `melding`) gets this share of the situation's lean (`situation` × strength). Measured
    /// (tier 2 natural): 0.3 → 0.660, 0.5 → 0.668, 1.0 → 0.671, 1.5 → 0.675, 2.0 → 0.673.
    /// Range 0–4, default 1.5.
    pub acute_help: f32,
    /// For a situation that is a worrying sign rather than an emergency (not acute: "mijn dochter
    /// heeft ineens dure spullen"), material that helps recognise signs (stage `signalering`) gets
    /// this share of the situation's lean (`situation` × strength). Measured (tier 2
    /// whole/natural, tier 1 whole/natural): 0 → 0.7880/0.7674, 0.7961/0.7692; 0.1 →
    /// 0.7890/0.7705, 0.7963/0.7704; 0.2 → 0.7896/0.7706, 0.7974/0.7720; 0.3 → 0.7861/0.7656,
    /// 0.7940/0.7669; 0.4 → 0.7827/0.7584, 0.7909/0.7604. Range 0–2, default 0.2.
    pub signs: f32,
    /// A material the described situation lists as made for its people (`materials` in
    /// `situations.toml`, each link quoting the material's own record) gets this share of the
    /// situation's lean (`situation` × strength), divided by its place (1, 2, …) among the listed
    /// materials that fit who asks (`Understood::listed`). Measured (tier 2 whole/natural, tier 1
    /// whole/natural): 0 → 0.7896/0.7706, 0.7974/0.7720; 0.75 → 0.8011/0.7929, 0.8087/0.7933;
    /// 1 → 0.8043/0.8000, 0.8123/0.8013; 1.5 → 0.8023/0.7956, 0.8103/0.7969; 2 → 0.8021/0.7949,
    /// 0.8101/0.7964. Both halves of the judged set gain at 1 (mean of the four figures: 0.7565 →
    /// 0.7751 and 0.8085 → 0.8341). The divisor for the n-th, measured at 1 (tier 2
    /// whole/natural): 1 → 0.7979/0.7852, (n + 1)/2 → 0.7992/0.7884, n → 0.8043/0.8000,
    /// 2n − 1 → 0.8039/0.7990. Range 0–4, default 1.
    pub fits: f32,
    /// How much the materials ranked for example searches like the query count
    /// (`catalogue/searches.toml`, read in `engine/examples.rs`): times a share of 0–1, from how
    /// alike the nearest searches are and how high they ranked the material. Measured with
    /// 2,418 example searches (tier 2 whole/natural, tier 1 whole/natural): 0 → 0.8100/0.7990,
    /// 0.8174/0.8004; 2 → 0.8506/0.8342, 0.8472/0.8343; 3 → 0.8577/0.8420, 0.8540/0.8424;
    /// 4 → 0.8536/0.8426, 0.8558/0.8410; 5 → 0.8540/0.8467, 0.8551/0.8420.
    /// Range 0–8, default 3.0.
    pub examples: f32,
    /// Bonus, when neither a chosen audience nor the typed words say who asks, for material a
    /// young person or a parent can use themselves (over material only for professionals).
    /// Measured (tier 2 whole/natural): 0 → 0.732/0.678, 0.1 → 0.736/0.680, 0.2 → 0.739/0.682,
    /// 0.4 → 0.739/0.683. Range 0–1, default 0.2.
    pub public: f32,
    /// Bonus, when the one asking is a young person or a parent (chosen, or shown by their
    /// words), or when someone describes a situation without saying who they are, for material
    /// they can use themselves: a website, a helpline, a report point, a brochure, a film or a
    /// campaign, or material to read alone, made for young people, parents or adults (not a
    /// lesson package a teacher gives). Measured (tier 2 whole/natural, tier 1 whole/natural):
    /// 0 → 0.749/0.705, 0.746/0.701; 0.2 → 0.752/0.707, 0.750/0.706; 0.4 → 0.755/0.717,
    /// 0.753/0.714; 0.6 → 0.754/0.715, 0.750/0.709; 1.0 → 0.748/0.708, 0.744/0.703.
    /// Range 0–1, default 0.4.
    pub self_use: f32,
    /// Bonus, times the situation match's strength, for a material that is the same service as
    /// a helpline the situation's sourced advice names (the material Chat met Fier for the
    /// helpline Chat met Fier: a help material on the helpline's own web or chat host). Such
    /// material becomes a candidate even when the words share nothing with it. Measured (tier 2
    /// whole/natural, tier 1 whole/natural): 0 → 0.755/0.717, 0.753/0.714; 0.5 → 0.758/0.722,
    /// 0.755/0.719; 1.0 → 0.759/0.725, 0.756/0.722; 1.5 → 0.759/0.726, 0.757/0.723;
    /// 2.0 → 0.758/0.724, 0.755/0.721; 3.0 → 0.758/0.723, 0.755/0.720. Range 0–3, default 1.5.
    pub helpline_service: f32,
    /// Lowering for a material that serves only reporting (every stage is `melding`: a report
    /// point, folders about a report, a guide to reporting) when the query is not about
    /// reporting: it names or chose neither reporting nor recognising signs, and describes no
    /// acute situation. A parent asking how to start the conversation wants no report point
    /// first. Measured (tier 2 whole/natural, tier 1 whole/natural): 0 → 0.7721/0.7465,
    /// 0.7795/0.7480; 0.3 → 0.7753/0.7497, 0.7827/0.7507; 0.45 → 0.7761/0.7488, 0.7839/0.7504;
    /// 0.6 → 0.7766/0.7493, 0.7853/0.7510; 0.8 → 0.7753/0.7463, 0.7839/0.7480.
    /// Range 0–2, default 0.6.
    pub reporting_only: f32,
    /// How much a typed word found in the title counts. Titles here are often names ("Julia",
    /// "Lockers", "Steffie"); the keywords and summary say what a material is about. Measured
    /// with `tag` at 1.0 (tier 2 whole/natural, tier 1 whole/natural): 3.0 → 0.7565/0.7269,
    /// 0.7599/0.7311 (with summary 1.5); 2.0 → 0.7597/0.7276, 0.7596/0.7261; 1.5 → 0.7653/0.7307,
    /// 0.7657/0.7242. Range 0–10, default 1.5.
    pub title: f32,
    /// How much a typed word found in the keywords counts. Range 0–10, default 2.0.
    pub keywords: f32,
    /// How much a typed word found in the summary counts: the summary says best what a material
    /// is and for whom. Measured with `text` 1.5 (tier 2 whole/natural, tier 1 whole/natural):
    /// 1.0 → 0.7664/0.7356, 0.7719/0.7347; 1.5 → 0.7696/0.7412, 0.7760/0.7403.
    /// Range 0–10, default 1.5.
    pub summary: f32,
    /// How much a typed word found in the publisher's name counts. Range 0–10, default 0.5.
    pub publisher: f32,
    /// How much it counts that a material is tagged with a vocabulary term the text names (by
    /// its label or a synonym: "tienerpooier" names the topic loverboys). The named topic also
    /// leans the ranking through `typed_topic`, so this counts it a second time only lightly.
    /// Measured with `title` at 1.5 (same order as `title`): 2.0 → 0.7652/0.7303, 0.7647/0.7209;
    /// 1.5 → 0.7653/0.7316, 0.7641/0.7197; 1.0 → 0.7653/0.7307, 0.7657/0.7242.
    /// Range 0–10, default 1.0.
    pub tag: f32,
    /// Weight of a spelling-corrected word: the same as the right spelling, so a typo finds what
    /// the right spelling finds, in the same order. Range 0–1, default 1.0.
    pub corrected: f32,
    /// Weight of a completion of the word being typed ("loverb" → "loverboy").
    /// Range 0–1, default 0.5.
    pub completion: f32,
    /// Weight of the catalogue's compounds that have the typed word as a part ("naakt" also
    /// finds "naaktfoto"): related, not the same word. Range 0–1, default 0.5.
    pub compound: f32,
    /// Weight of the parts of a typed compound the catalogue does not have ("sextingbeleid"):
    /// the parts are all it can mean here. Stems weighed at least this much count as what the
    /// user meant (situations are matched on them). Range 0–1, default 0.8.
    pub split: f32,
    /// Weight of the other one-word names of a vocabulary term the text names ("signalen" also
    /// searches "signaleren"; "tienerpooier" also searches "loverboy"). Range 0–1, default 0.4.
    pub expansion: f32,
    /// Weight of the catalogue words a typed English word is another form of ("exploited" →
    /// "exploitation"): the same word, as a correction is. Range 0–1, default 1.0.
    pub english_form: f32,
    /// Weight of a typed word that only says who is typing or about whom ("dochter", "zoon",
    /// "klas", "leerling"; see `dutch::speaker`): it decides the audience, and as a search word it
    /// mostly matches by chance (a campaign titled "Het zou je dochter kunnen zijn"). Measured
    /// (tier 2 whole/natural, tier 1 whole/natural): 1.0 → 0.7781/0.7527, 0.7869/0.7543;
    /// 0.5 → 0.7783/0.7532, 0.7870/0.7545; 0.3 → 0.7786/0.7538, 0.7871/0.7550;
    /// 0 → 0.7785/0.7536, 0.7870/0.7547. Range 0–1, default 0.3.
    pub speaker: f32,
    /// Word coverage: with several typed words, a material's text relevance is multiplied by
    /// this floor plus the rest times the share of words it matches (0.3 + 0.7 × share: 0.65
    /// for one of two). 1 ignores coverage; 0 counts only coverage. Range 0–1, default 0.3.
    pub coverage_floor: f32,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            text: 1.5,
            audience_exact: 0.9,
            audience_related: 0.45,
            typed_audience: 1.0,
            adult_material: 0.3,
            age: 0.8,
            age_unknown: 0.1,
            topic: 0.5,
            risk_group: 0.5,
            evidence: 0.1,
            freshness: 0.1,
            situation: 1.5,
            actionable: 0.02,
            language: 0.3,
            typed_topic: 2.0,
            typed_stage: 1.0,
            typed_risk_group: 2.0,
            acute_help: 1.5,
            signs: 0.2,
            fits: 1.0,
            examples: 3.0,
            public: 0.2,
            self_use: 0.4,
            helpline_service: 1.5,
            reporting_only: 0.6,
            title: 1.5,
            keywords: 2.0,
            summary: 1.5,
            publisher: 0.5,
            tag: 1.0,
            corrected: 1.0,
            completion: 0.5,
            compound: 0.5,
            split: 0.8,
            expansion: 0.4,
            english_form: 1.0,
            speaker: 0.3,
            coverage_floor: 0.3,
        }
    }
}

/// A knob set outside its range.
#[derive(Debug, Clone, PartialEq)]
pub struct WeightError {
    pub knob: &'static str,
    pub value: f32,
    pub range: (f32, f32),
}

impl fmt::Display for WeightError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ranking weight `{}` = {} is outside its range {}–{}", self.knob, self.value, self.range.0, self.range.1)
    }
}

impl std::error::Error for WeightError {}

impl Weights {
    /// Every knob as `(name, value, (lowest, highest))`, in the order of the struct.
    pub fn knobs(&self) -> [(&'static str, f32, (f32, f32)); 38] {
        let mut copy = *self;
        copy.knobs_mut().map(|(name, value, range)| (name, *value, range))
    }

    /// Every knob as `(name, place, (lowest, highest))`, to set one by name (the tuner,
    /// `examples/tune.rs`). The one list of knob names and ranges.
    pub fn knobs_mut(&mut self) -> [(&'static str, &mut f32, (f32, f32)); 38] {
        let w = self;
        [
            ("text", &mut w.text, (0.0, 5.0)),
            ("audience_exact", &mut w.audience_exact, (0.0, 1.5)),
            ("audience_related", &mut w.audience_related, (0.0, 1.0)),
            ("typed_audience", &mut w.typed_audience, (0.0, 1.0)),
            ("adult_material", &mut w.adult_material, (0.0, 1.5)),
            ("age", &mut w.age, (0.0, 1.0)),
            ("age_unknown", &mut w.age_unknown, (0.0, 1.0)),
            ("topic", &mut w.topic, (0.0, 2.0)),
            ("risk_group", &mut w.risk_group, (0.0, 2.0)),
            ("evidence", &mut w.evidence, (0.0, 1.0)),
            ("freshness", &mut w.freshness, (0.0, 1.0)),
            ("situation", &mut w.situation, (0.0, 4.0)),
            ("actionable", &mut w.actionable, (0.0, 0.1)),
            ("language", &mut w.language, (0.0, 1.0)),
            ("typed_topic", &mut w.typed_topic, (0.0, 4.0)),
            ("typed_risk_group", &mut w.typed_risk_group, (0.0, 4.0)),
            ("typed_stage", &mut w.typed_stage, (0.0, 4.0)),
            ("acute_help", &mut w.acute_help, (0.0, 4.0)),
            ("signs", &mut w.signs, (0.0, 2.0)),
            ("fits", &mut w.fits, (0.0, 4.0)),
            ("examples", &mut w.examples, (0.0, 8.0)),
            ("public", &mut w.public, (0.0, 1.0)),
            ("self_use", &mut w.self_use, (0.0, 1.0)),
            ("helpline_service", &mut w.helpline_service, (0.0, 3.0)),
            ("reporting_only", &mut w.reporting_only, (0.0, 2.0)),
            ("title", &mut w.title, (0.0, 10.0)),
            ("keywords", &mut w.keywords, (0.0, 10.0)),
            ("summary", &mut w.summary, (0.0, 10.0)),
            ("publisher", &mut w.publisher, (0.0, 10.0)),
            ("tag", &mut w.tag, (0.0, 10.0)),
            ("corrected", &mut w.corrected, (0.0, 1.0)),
            ("completion", &mut w.completion, (0.0, 1.0)),
            ("compound", &mut w.compound, (0.0, 1.0)),
            ("split", &mut w.split, (0.0, 1.0)),
            ("expansion", &mut w.expansion, (0.0, 1.0)),
            ("english_form", &mut w.english_form, (0.0, 1.0)),
            ("speaker", &mut w.speaker, (0.0, 1.0)),
            ("coverage_floor", &mut w.coverage_floor, (0.0, 1.0)),
        ]
    }

    /// The weights if every knob is inside its range (and `age_unknown` at most `age`); else the
    /// first knob that is not. Not a number is out of every range.
    pub fn check(self) -> Result<Weights, WeightError> {
        for (knob, value, range) in self.knobs() {
            if !(range.0..=range.1).contains(&value) {
                return Err(WeightError { knob, value, range });
            }
        }
        if self.age_unknown > self.age {
            return Err(WeightError { knob: "age_unknown", value: self.age_unknown, range: (0.0, self.age) });
        }
        Ok(self)
    }

    /// The field boosts in the order title, keywords, summary, publisher (the order of both
    /// tiers' field arrays).
    pub fn field_boosts(&self) -> [f32; 4] {
        [self.title, self.keywords, self.summary, self.publisher]
    }

    /// A material's text relevance (0–1): its raw score scaled to the best match, times how many
    /// of the user's `words` it covers (see [`Weights::coverage_floor`]). Both tiers use it.
    pub(crate) fn relevance(&self, score: f32, best: f32, covered: usize, words: usize) -> f32 {
        let floor = self.coverage_floor;
        let coverage = if words > 1 { floor + (1.0 - floor) * covered as f32 / words as f32 } else { 1.0 };
        score / best * coverage
    }
}
