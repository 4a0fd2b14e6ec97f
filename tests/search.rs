//! The engine over the shipped catalogue, natively: filters, Dutch stemming, synonyms, facets.

use preventiewijzer_engine::{DropTarget, Engine, Lang, Query, Weights};
use preventiewijzer_model::vocabulary::Facet;

mod support;

fn engine() -> Engine {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogue");
    let catalogue = preventiewijzer_model::catalogue::load(&dir).expect("shipped catalogue is valid");
    Engine::open(preventiewijzer_indexer::build(&catalogue).unwrap(), catalogue).unwrap()
}

/// The catalogue record of the first hit of `text` (with `audiences`).
fn first_hit(e: &Engine, text: &str, audiences: &[&str]) -> preventiewijzer_model::catalogue::Material {
    let r = e.search(&Query { audiences: audiences.iter().map(|a| a.to_string()).collect(), ..q(text) });
    e.materials().iter().find(|m| m.id == r.hits[0].id).unwrap().clone()
}

fn q(text: &str) -> Query {
    Query { text: text.to_string(), limit: 100, ..Query::default() }
}

#[test]
fn without_a_query_every_material_is_a_result() {
    let e = engine();
    let r = e.search(&Query::default());
    assert_eq!(r.total, e.materials().len());
    assert_eq!(r.hits.len(), 20);
}

#[test]
fn age_outside_a_known_range_is_never_shown_when_age_is_set() {
    let e = engine();
    let r = e.search(&Query { age: Some(6), limit: 100, ..Query::default() });
    assert!(r.total > 0);
    for h in &r.hits {
        assert!(h.age_min.is_none_or(|lo| lo <= 6) && h.age_max.is_none_or(|hi| hi >= 6), "{} {:?}-{:?}", h.id, h.age_min, h.age_max);
    }
    let known = r.hits.iter().position(|h| h.age_min.is_some() || h.age_max.is_some()).unwrap();
    let unknown = r.hits.iter().position(|h| h.age_min.is_none() && h.age_max.is_none()).unwrap();
    assert!(known < unknown, "a known fitting age range ranks above an unknown one");
}

#[test]
fn school_levels_stand_for_an_age_the_material_does_not_state() {
    let e = engine();
    let r = e.search(&Query { audiences: vec!["ouders".into()], age: Some(4), limit: 100, ..Query::default() });
    let at = |id: &str| r.hits.iter().position(|h| h.id == id).unwrap();
    // Week van de Lentekriebels states no age, only groep 1 to 8 (4 to 12 in the vocabulary);
    // stoptienerpooiers.be states neither.
    let (levels, neither) = (at("week-van-de-lentekriebels"), at("stoptienerpooiers-laat-je-niet-pakken"));
    assert!(levels < neither, "school levels that fit the age rank above no age at all: {levels} vs {neither}");
    assert!(r.hits[levels].why.iter().any(|w| w == "groep 1"), "the why line names the level that fits: {:?}", r.hits[levels].why);
    assert!(r.hits[neither].why.iter().any(|w| w == "leeftijd onbekend"), "{:?}", r.hits[neither].why);
}

#[test]
fn a_search_like_an_example_search_leans_toward_what_was_ranked_for_it() {
    // Two example searches with the same made-up word, from a teacher and from a parent.
    let dir = support::shipped_copy();
    let search = |id: &str, audience: &str, ranked: &str| {
        format!("[[search]]\nid = \"{id}\"\ntext = \"qwxzv\"\naudiences = [\"{audience}\"]\nlang = \"nl\"\nranked = [{ranked}]\n\n")
    };
    let teacher = search("leraar", "leraren", "\"vlaggensysteem\", \"lockers\"");
    std::fs::write(dir.join("searches.toml"), teacher + &search("ouder", "ouders", "\"talk-pants\"")).unwrap();
    let catalogue = preventiewijzer_model::catalogue::load(&dir).unwrap();
    let mut e = Engine::open(preventiewijzer_indexer::build(&catalogue).unwrap(), catalogue).unwrap();
    let ids = |e: &Engine, audience: &str| -> Vec<String> {
        e.search(&Query { audiences: vec![audience.into()], ..q("qwxzv") }).hits.into_iter().map(|h| h.id).collect()
    };
    // No material has the word: what was ranked for the alike search is found, in its order,
    // and the search with the same audience counts most.
    assert_eq!(ids(&e, "leraren")[..2], ["vlaggensysteem", "lockers"]);
    assert_eq!(ids(&e, "ouders")[0], "talk-pants");
    e.set_weights(Weights { examples: 0.0, ..Weights::default() }).unwrap();
    assert!(ids(&e, "leraren").is_empty(), "without the lean the word finds nothing");
}

#[test]
fn a_synonym_finds_material_tagged_with_the_term() {
    // What the word finds, without the materials alike example searches add.
    let mut e = engine();
    e.set_weights(Weights { examples: 0.0, ..Weights::default() }).unwrap();
    let r = e.search(&q("tienerpooier"));
    assert!(r.total > 0);
    assert!(r.hits.iter().all(|h| h.topics.iter().any(|t| t == "loverboys")), "{:?}", r.hits.iter().map(|h| &h.id).collect::<Vec<_>>());
    let nudes = e.search(&q("nudes"));
    assert!(nudes.hits.first().is_some_and(|h| h.topics.iter().any(|t| t == "sexting")));
}

#[test]
fn dutch_stemming_and_prefix_while_typing() {
    let e = engine();
    let full = e.search(&q("weerbaarheid "));
    let typing = e.search(&q("weerbaar"));
    assert!(full.total > 0);
    assert!(!typing.hits.is_empty(), "the word being typed finds material");
    let full_ids: Vec<_> = full.hits.iter().map(|h| &h.id).collect();
    assert!(typing.hits.iter().take(3).all(|h| full_ids.contains(&&h.id)), "prefix finds what the whole word finds");
}

#[test]
fn audience_sub_types_match_their_parent() {
    let e = engine();
    let profs = e.search(&Query { audiences: vec!["professionals".into()], limit: 100, ..Query::default() });
    assert!(profs.hits.iter().any(|h| h.audiences.iter().any(|a| a == "leraren")), "a teacher material is professional material");
    let teachers = e.search(&Query { audiences: vec!["leraren".into()], limit: 100, ..Query::default() });
    let exact: Vec<f32> = teachers.hits.iter().filter(|h| h.audiences.iter().any(|a| a == "leraren")).map(|h| h.score).collect();
    let related: Vec<f32> = teachers.hits.iter().filter(|h| !h.audiences.iter().any(|a| a == "leraren")).map(|h| h.score).collect();
    assert!(!exact.is_empty() && !related.is_empty(), "the shipped catalogue has both teacher and general professional material");
    assert!(teachers.hits[0].audiences.iter().any(|a| a == "leraren"), "an exact audience match comes first");
    let mean = |v: &[f32]| v.iter().sum::<f32>() / v.len() as f32;
    assert!(mean(&exact) > mean(&related), "exact matches score higher on average: {} vs {}", mean(&exact), mean(&related));
}

#[test]
fn facet_counts_tell_how_many_results_a_choice_gives() {
    let e = engine();
    let base = Query { age: Some(14), limit: 100, ..Query::default() };
    let r = e.search(&base);
    for f in r.facets.get(Facet::Topics).iter().take(6) {
        let with = e.search(&Query { topics: vec![f.id.clone()], ..base.clone() });
        assert_eq!(with.total, f.count, "topic {}", f.id);
    }
}

#[test]
fn strange_text_never_panics_and_text_without_words_does_not_filter() {
    let e = engine();
    let wordless = ["", "   ", "\"", "*", "🙂🙂", "\0\u{1}"];
    for text in wordless {
        let r = e.search(&Query { limit: 5, ..q(text) });
        assert_eq!(r.total, e.materials().len(), "{text:?} holds no word, so it filters nothing");
        assert_eq!(r.hits.len(), 5);
    }
    for text in ["title:(", "AND OR NOT", "\u{202e}abc", "a".repeat(5000).as_str()] {
        let r = e.search(&Query { limit: 5, ..q(text) });
        assert!(r.hits.len() <= 5 && r.hits.len() <= r.total, "{text:?}");
    }
}

#[test]
fn reasons_are_in_the_query_language() {
    let e = engine();
    let nl = e.search(&Query { audiences: vec!["ouders".into()], age: Some(14), ..Query::default() });
    assert!(nl.hits[0].why.iter().any(|w| w == "voor ouders"), "{:?}", nl.hits[0].why);
    let en = e.search(&Query { audiences: vec!["ouders".into()], age: Some(14), lang: Lang::En, ..Query::default() });
    assert!(en.hits[0].why.iter().any(|w| w == "for parents"), "{:?}", en.hits[0].why);
}

#[test]
fn misspelled_words_find_what_the_right_spelling_finds() {
    let e = engine();
    for (typo, right) in [("weerbaarhied ", "weerbaarheid "), ("loverbooy ", "loverboy "), ("sextng ", "sexting ")] {
        let wrong = e.search(&q(typo));
        let good = e.search(&q(right));
        let ids = |r: &preventiewijzer_engine::Results| r.hits.iter().map(|h| h.id.clone()).collect::<Vec<_>>();
        assert!(good.total > 0);
        assert_eq!(ids(&wrong)[..3], ids(&good)[..3], "{typo}");
        assert_eq!(wrong.suggestions.spelling.as_deref(), Some(right.trim()), "{typo}");
    }
}

#[test]
fn a_school_level_filters_by_its_ages_and_unknown_ids_are_reported() {
    let e = engine();
    let r = e.search(&Query { school_level: Some("klas 2 vmbo".into()), limit: 100, ..Query::default() });
    assert!(r.total > 0);
    assert!(r.hits.iter().all(|h| h.age_min.is_none_or(|lo| lo <= 14) && h.age_max.is_none_or(|hi| hi >= 13)));
    let q = Query { topics: vec!["seks".into()], school_level: Some("klas 12".into()), ..Query::default() };
    assert_eq!(e.unknown_ids(&q).len(), 2);
}

#[test]
fn no_results_suggest_the_filter_to_drop_with_its_count() {
    let e = engine();
    // A gap in the catalogue (`coverage`): nothing for parents on sexual health.
    let q = Query { audiences: vec!["ouders".into()], topics: vec!["seksuele-gezondheid".into()], ..Query::default() };
    let r = e.search(&q);
    assert!(r.total < 3, "{}", r.total);
    let drop = r.suggestions.drop_filter.expect("a filter to drop");
    let mut without = q.clone();
    match drop.field {
        DropTarget::Filter(Facet::Audiences) => without.audiences.clear(),
        DropTarget::Filter(Facet::Topics) => without.topics.clear(),
        other => panic!("{other:?}"),
    }
    assert_eq!(e.search(&without).total, drop.total);
    assert!(drop.total > r.total);
}

#[test]
fn search_json_is_search_over_json_and_bad_json_is_an_error_object() {
    let e = engine();
    let q = Query { text: "sexting".into(), age: Some(14), ..Query::default() };
    let json = e.search_json(&serde_json::to_string(&q).unwrap());
    assert_eq!(serde_json::from_str::<preventiewijzer_engine::Results>(&json).unwrap(), e.search(&q));
    for bad in ["", "{", "{\"age\": 300}", "{\"limit\": -1}", "{\"text\": 5}"] {
        let out: serde_json::Value = serde_json::from_str(&e.search_json(bad)).unwrap();
        assert!(out.get("error").is_some(), "{bad}: {out}");
    }
}

#[test]
fn the_packed_index_depends_on_the_catalogue_only() {
    // Its file name carries a hash of its bytes: the same catalogue must give the same name.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogue");
    let catalogue = preventiewijzer_model::catalogue::load(&dir).unwrap();
    let (a, b) = (preventiewijzer_indexer::build(&catalogue).unwrap(), preventiewijzer_indexer::build(&catalogue).unwrap());
    assert!(a == b, "two builds of the same catalogue differ");
    assert_eq!(Engine::open(a, catalogue).unwrap().search(&q("loverboy")).total, engine().search(&q("loverboy")).total);
}

#[test]
fn the_help_block_shows_only_its_regions_lines_and_the_emergency_number_always() {
    let e = engine();
    let ids = |region: &str, audiences: &[&str]| -> Vec<String> {
        let a: Vec<String> = audiences.iter().map(|s| s.to_string()).collect();
        e.helplines_in(region, &a).iter().map(|h| h.id.clone()).collect()
    };
    // Without a profile a Dutch page shows what it showed before the helplines grew.
    assert_eq!(ids("nederland", &[]), ["112", "veilig-thuis", "politie"]);
    assert_eq!(e.helplines(&[]).len(), 3);
    assert!(ids("nederland", &["jongeren"]).contains(&"kindertelefoon".to_string()));
    assert!(!ids("nederland", &["ouders"]).contains(&"kindertelefoon".to_string()));
    assert_eq!(ids("vlaanderen", &[]), ["112-be", "child-focus"]);
    assert_eq!(ids("verenigd-koninkrijk", &[]), ["uk-999"]);
    for (region, audience) in [("nederland", "ouders"), ("vlaanderen", "jongeren"), ("verenigd-koninkrijk", "leraren")] {
        let lines = e.helplines_in(region, &[audience.to_string()]);
        assert!(lines.iter().all(|h| h.region == region), "{region}: {:?}", lines.iter().map(|h| &h.id).collect::<Vec<_>>());
        assert!(lines.iter().any(|h| h.urgent), "{region} lacks its emergency number");
    }
}

#[test]
fn a_stage_the_words_name_leans_toward_material_for_that_stage() {
    // "hoe meld ik dat" names reporting: a guide to reporting leads, not a programme whose
    // words match more of the question ("meisje", "groep", "loverboy").
    let first = first_hit(&engine(), "meisje op de groep heeft een loverboy hoe meld ik dat", &["jeugdhulp"]);
    assert!(first.stages.iter().any(|s| s == "melding"), "first: {} {:?}", first.id, first.stages);
}

#[test]
fn a_worrying_sign_puts_material_for_recognising_signs_first() {
    // Not an emergency but a sign ("ineens dure spullen"): what helps a parent recognise the
    // signs leads, before material that only shares the situation's subject.
    let (e, text) = (engine(), "dochter heeft ineens dure spullen en veel geld");
    let situation = e.search(&q(text)).situation.expect("the words describe a situation");
    assert!(!e.situations().iter().find(|s| s.id == situation.id).unwrap().acute);
    let first = first_hit(&e, text, &[]);
    assert!(first.stages.iter().any(|s| s == "signalering"), "first: {} {:?}", first.id, first.stages);
}

#[test]
fn a_described_situation_puts_the_material_made_for_it_first() {
    // "opgewacht bij school": the situation lists the materials whose own record says they are
    // for the people in it. The first listed leads, and it is that list that puts it there.
    let text = "er staat steeds een oudere jongen bij school op haar te wachten";
    let e = engine();
    let r = e.search(&q(text));
    let situation = r.situation.expect("the words describe a situation");
    let materials = &e.situations().iter().find(|s| s.id == situation.id).unwrap().materials;
    let listed = materials[0].id.clone();
    assert_eq!(r.hits[0].id, listed);
    // Its why line says which situation it is made for, in the situation's own label.
    assert!(r.hits[0].why.contains(&"helpt bij: iemand wacht haar op bij school of haalt haar op met de auto".to_string()), "{:?}", r.hits[0].why);
    let unlisted = r.hits.iter().find(|h| !materials.iter().any(|x| x.id == h.id)).unwrap();
    assert!(!unlisted.why.iter().any(|w| w.starts_with("helpt bij")), "{}: {:?}", unlisted.id, unlisted.why);
    let mut without = engine();
    without.set_weights(preventiewijzer_engine::Weights { fits: 0.0, ..Default::default() }).unwrap();
    assert_ne!(first_hit(&without, text, &[]).id, listed, "the list, not the words alone, should put it first");
}

#[test]
fn a_situation_leans_only_toward_its_listed_materials_that_fit_who_asks() {
    // "foto gaat rond" lists Report Remove (English only; for young people and professionals)
    // and the school's own step plan (for teachers). A teacher typing in Dutch gets the lean,
    // and the "helpt bij" line, for the step plan only.
    let e = engine();
    let r = e.search(&q("een naaktfoto van een leerling gaat rond op school"));
    assert_eq!(r.situation.as_ref().map(|s| s.id.as_str()), Some("foto-gaat-rond"));
    let why = |id: &str| r.hits.iter().find(|h| h.id == id).map(|h| h.why.clone()).unwrap_or_else(|| panic!("{id} is not a hit"));
    let helps = |id: &str| why(id).iter().any(|w| w.starts_with("helpt bij: "));
    assert!(helps("naaktfoto-op-school-stappenplan-sexting"), "{:?}", why("naaktfoto-op-school-stappenplan-sexting"));
    assert!(!helps("report-remove"), "English only, and for professionals in general: {:?}", why("report-remove"));
    // A young person typing in English: Report Remove is theirs, in their language.
    let r = e.search(&Query { lang: Lang::En, ..q("i lost control of a nude image of myself") });
    assert_eq!(r.situation.as_ref().map(|s| s.id.as_str()), Some("foto-gaat-rond"));
    assert!(
        r.hits.iter().any(|h| h.id == "report-remove" && h.why.iter().any(|w| w.starts_with("helps with: "))),
        "{:?}",
        r.hits.iter().map(|h| (&h.id, &h.why)).collect::<Vec<_>>()
    );
}

#[test]
fn a_situation_tapped_in_turkish_still_puts_the_dutch_material_made_for_it_first() {
    // Next to no material is in Turkish: for someone living here, Dutch is what there is.
    let e = engine();
    let tap = |lang: Lang| e.search(&Query { situation: Some("oudere-vriend".into()), audiences: vec!["ouders".into()], lang, limit: 10, ..Query::default() });
    let (dutch, turkish) = (tap(Lang::Nl), tap(Lang::Tr));
    let listed = &e.situations().iter().find(|s| s.id == "oudere-vriend").unwrap().materials;
    assert!(listed.iter().any(|x| x.id == turkish.hits[0].id), "first: {}", turkish.hits[0].id);
    assert_eq!(turkish.hits[0].id, dutch.hits[0].id);
    assert!(turkish.hits[0].why.iter().any(|w| w.starts_with("şu durumda yardımcı olur: ")), "{:?}", turkish.hits[0].why);
}
