//! Every validation rule, fed a broken file, gives its exact `file:line: field: message`: for
//! materials, `helplines.toml` and `situations.toml`.

mod support;

use support::{catalogue_with, errors_of, VALID};

/// `VALID` with `from` replaced by `to` (which must occur).
fn broken(from: &str, to: &str) -> String {
    assert!(VALID.contains(from), "fixture lacks {from:?}");
    VALID.replacen(from, to, 1)
}

fn errors_for(text: &str) -> Vec<String> {
    errors_of(&catalogue_with(&[("voorbeeld.toml", text)]))
}

#[test]
fn the_shipped_catalogue_is_valid() {
    let result = preventiewijzer_model::catalogue::load(&support::repo().join("catalogue"));
    let c = result.unwrap_or_else(|e| panic!("{}", e.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")));
    assert!(c.materials.len() >= 10);
    assert!(c.materials.iter().all(|m| !m.source.trim().is_empty()));
}

#[test]
fn the_valid_fixture_is_valid() {
    assert_eq!(errors_for(VALID), Vec::<String>::new());
}

#[test]
fn each_rule_reports_file_line_field_and_what_is_allowed() {
    let cases: Vec<(String, &str)> = vec![
        (broken("title = \"Lang", "title = Lang"), "materials/voorbeeld.toml:2: title: "),
        (broken("cost = \"onbekend\"\n", "cost = \"onbekend\"\ncolour = \"red\"\n"), "materials/voorbeeld.toml:16: colour: unknown field (allowed:"),
        (
            broken("publisher = \"Soa Aids Nederland & Rutgers\"\n", "publisher = \"Soa Aids Nederland & Rutgers\"\nsummary = \"twice\"\n"),
            "materials/voorbeeld.toml:5: summary: duplicate key",
        ),
        (broken("source = \"shared/research/materials.json #0\"\n", ""), "materials/voorbeeld.toml:1: source: is required but missing"),
        (broken("age_min = 13", "age_min = \"13\""), "materials/voorbeeld.toml:9: age_min: invalid type: string \"13\", expected u8"),
        (
            broken("audiences = [\"jongeren\", \"leraren\"]", "audiences = [\"jongeren\", \"leraaren\"]"),
            "materials/voorbeeld.toml:8: audiences: unknown id `leraaren`; did you mean `leraren`? (allowed: jongeren,",
        ),
        (
            broken("topics = [\"relaties-en-seksualiteit\"]", "topics = [\"sextng\"]"),
            "materials/voorbeeld.toml:11: topics: unknown id `sextng`; did you mean `sexting`?",
        ),
        (broken("risk_groups = []", "risk_groups = [\"lvbb\"]"), "materials/voorbeeld.toml:12: risk_groups: unknown id `lvbb`; did you mean `lvb`?"),
        (
            broken("stages = [\"preventie\"]", "stages = [\"preventive\"]"),
            "materials/voorbeeld.toml:13: stages: unknown id `preventive`; did you mean `preventie`?",
        ),
        (
            broken("format = \"lespakket\"", "format = \"lespakket \""),
            "materials/voorbeeld.toml:14: format: unknown id `lespakket `; did you mean `lespakket`?",
        ),
        (broken("region = \"nederland\"", "region = \"holland\""), "materials/voorbeeld.toml:7: region: unknown id `holland`"),
        (broken("languages = [\"nl\"]", "languages = [\"dutch\"]"), "materials/voorbeeld.toml:6: languages: unknown id `dutch`"),
        (broken("cost = \"onbekend\"", "cost = \"free\""), "materials/voorbeeld.toml:15: cost: unknown id `free`"),
        (broken("cost = \"onbekend\"", "cost = \"onbekend\"\nevidence = \"erkend\""), "materials/voorbeeld.toml:16: evidence: unknown id `erkend`"),
        (broken("topics = [\"relaties-en-seksualiteit\"]", "topics = []"), "materials/voorbeeld.toml:11: topics: needs at least one value (allowed:"),
        (
            broken("topics = [\"relaties-en-seksualiteit\"]", "topics = [\"sexting\", \"sexting\"]"),
            "materials/voorbeeld.toml:11: topics: `sexting` is listed twice",
        ),
        (broken("age_min = 13", "age_min = 16"), "materials/voorbeeld.toml:9: age_min: 16 is greater than age_max 15"),
        (broken("age_max = 15", "age_max = 120"), "materials/voorbeeld.toml:10: age_max: 120 is outside the allowed ages 0–99"),
        (broken("age_min = 13", "age_min = -1"), "materials/voorbeeld.toml:9: age_min: invalid value: integer `-1`, expected u8"),
        (
            broken("https://langlevedeliefde.nl/voorbeeld", "http://langlevedeliefde.nl/voorbeeld"),
            "materials/voorbeeld.toml:5: url: `http://langlevedeliefde.nl/voorbeeld` is not allowed: only https: links",
        ),
        (
            broken("https://langlevedeliefde.nl/voorbeeld", "javascript:alert(1)"),
            "materials/voorbeeld.toml:5: url: `javascript:alert(1)` is not allowed: only https: links",
        ),
        (
            broken("https://langlevedeliefde.nl/voorbeeld", "https://lang leve.nl"),
            "materials/voorbeeld.toml:5: url: `https://lang leve.nl` is not a valid https: address",
        ),
        (broken("title = \"Lang Leve de Liefde – Onderbouw\"", "title = \"  \""), "materials/voorbeeld.toml:2: title: must not be empty"),
        (broken("last_checked = \"2026-11-01\"", "last_checked = \"2999-01-01\""), "materials/voorbeeld.toml:18: last_checked: `2999-01-01` is in the future"),
        (
            broken("last_checked = \"2026-11-01\"", "last_checked = \"2026-02-30\""),
            "materials/voorbeeld.toml:18: last_checked: `2026-02-30` is not a date (write YYYY-MM-DD",
        ),
        (broken("id = \"voorbeeld\"", "id = \"Voorbeeld_1\""), "materials/voorbeeld.toml:1: id: `Voorbeeld_1` is not a valid id"),
        (broken("id = \"voorbeeld\"", "id = \"ander\""), "materials/voorbeeld.toml:1: id: `ander` must equal the file name `voorbeeld`"),
    ];
    assert!(cases.len() >= 25);
    let mut failures = Vec::new();
    for (text, expected) in &cases {
        let errors = errors_for(text);
        if !errors.iter().any(|e| e.starts_with(expected)) {
            failures.push(format!("expected an error starting with\n  {expected}\ngot\n  {errors:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn duplicate_ids_and_urls_across_files_are_rejected() {
    let other = VALID.replace("id = \"voorbeeld\"", "id = \"tweede\"");
    let errors = errors_of(&catalogue_with(&[("voorbeeld.toml", VALID), ("tweede.toml", &other)]));
    // Files load in name order: tweede.toml first, so voorbeeld.toml's URL is the repeat.
    assert_eq!(errors, ["materials/voorbeeld.toml:5: url: `https://langlevedeliefde.nl/voorbeeld` is already used by materials/tweede.toml"]);
    let same_id = VALID.replace("https://langlevedeliefde.nl/voorbeeld", "https://langlevedeliefde.nl/ander");
    let dir = catalogue_with(&[("voorbeeld.toml", VALID)]);
    std::fs::create_dir_all(dir.join("materials/sub")).unwrap();
    std::fs::write(dir.join("materials/voorbeeld-kopie.toml"), &same_id).unwrap();
    let errors = errors_of(&dir);
    assert!(errors.iter().any(|e| e.contains("id: `voorbeeld` is already used by")), "{errors:?}");
}

#[test]
fn all_errors_are_reported_in_one_run() {
    let text = broken("age_max = 15", "age_max = 120").replace("cost = \"onbekend\"", "cost = \"free\"");
    let errors = errors_for(&text);
    assert_eq!(errors.len(), 2, "{errors:?}");
}

// ---- helplines.toml and situations.toml ----

/// Two helplines: an emergency number and one with every field.
const HELPLINES: &str = r#"[[helplines]]
id = "112"
name = "112"
nl = "Bij direct gevaar: bel 112."
en = "In immediate danger: call 112."
phone = "112"
region = "nederland"
always = true
urgent = true
source = "https://politie.nl: 'Bij spoed: 112'"

[[helplines]]
id = "kindertelefoon"
name = "De Kindertelefoon"
nl = "Bel gratis: 0800-0432."
en = "Call free: 0800-0432."
phone = "0800-0432"
url = "https://www.kindertelefoon.nl"
chat_url = "https://www.kindertelefoon.nl/chat"
hours = "365 dagen per jaar."
region = "nederland"
audiences = ["jongeren"]
topics = ["hulp-zoeken"]
source = "https://www.vriendenkindertelefoon.nl/kindertelefoon: 'één landelijk gratis nummer (0800-0432)'"
"#;

/// One situation using the helplines above.
const SITUATIONS: &str = r#"[[situations]]
id = "afgeperst"
nl = "Afgeperst met een naaktfoto"
en = "Blackmailed with a nude photo"
phrases = ["iemand chanteert me met een naaktfoto"]
topics = ["sextortion"]
who = ["jongeren"]
acute = true
start = ["jongeren"]
advice = "Betaal niet."
helplines = ["kindertelefoon", "112"]
materials = [
  { id = "voorbeeld", because = "over relaties en seksualiteit voor klas 2" },
]
sources = [
  { url = "https://www.norfolk.police.uk/advice", org = "Norfolk Constabulary", tier = "B", quote = "Do not give them any time or money" },
]
"#;

/// A catalogue with one valid material and the given helplines and situations files.
fn errors_with(helplines: &str, situations: &str) -> Vec<String> {
    let dir = catalogue_with(&[("voorbeeld.toml", VALID)]);
    std::fs::write(dir.join("helplines.toml"), helplines).unwrap();
    std::fs::write(dir.join("situations.toml"), situations).unwrap();
    errors_of(&dir)
}

fn replaced(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "fixture lacks {from:?}");
    text.replacen(from, to, 1)
}

#[test]
fn the_fixtures_are_valid() {
    assert_eq!(errors_with(HELPLINES, SITUATIONS), Vec::<String>::new());
}

#[test]
fn each_helpline_rule_reports_file_line_and_field() {
    let h = |from: &str, to: &str| errors_with(&replaced(HELPLINES, from, to), SITUATIONS);
    let cases: Vec<(Vec<String>, &str)> = vec![
        (h("region = \"nederland\"\naudiences", "region = \"holland\"\naudiences"), "helplines.toml:21: region: unknown id `holland`"),
        (h("audiences = [\"jongeren\"]", "audiences = [\"jongerren\"]"), "helplines.toml:22: audiences: unknown id `jongerren`; did you mean `jongeren`?"),
        (h("topics = [\"hulp-zoeken\"]", "topics = [\"hulpzoeken\"]"), "helplines.toml:23: topics: unknown id `hulpzoeken`; did you mean `hulp-zoeken`?"),
        (
            h("url = \"https://www.kindertelefoon.nl\"", "url = \"http://www.kindertelefoon.nl\""),
            "helplines.toml:18: url: `http://www.kindertelefoon.nl` is not allowed: only https: links",
        ),
        (
            h("chat_url = \"https://www.kindertelefoon.nl/chat\"", "chat_url = \"javascript:alert(1)\""),
            "helplines.toml:19: chat_url: `javascript:alert(1)` is not allowed: only https: links",
        ),
        (h("phone = \"0800-0432\"", "phone = \"bel ons\""), "helplines.toml:17: phone: `bel ons` is not a phone number"),
        (h("id = \"kindertelefoon\"", "id = \"112\""), "helplines.toml:13: id: `112` is used by two helplines"),
        (h("id = \"kindertelefoon\"", "id = \"Kinder_telefoon\""), "helplines.toml:13: id: `Kinder_telefoon` is not a valid id"),
        (h("nl = \"Bel gratis: 0800-0432.\"", "nl = \" \""), "helplines.toml:15: nl: must not be empty"),
        (h("phone = \"112\"\n", ""), "helplines.toml:2: id: needs a way to reach it: phone, url or chat_url"),
        (h("region = \"nederland\"\nalways", "always"), "helplines.toml:1: region: is required but missing"),
        (h("urgent = true", "urgent = \"ja\""), "helplines.toml:9: urgent: invalid type: string \"ja\", expected a boolean"),
    ];
    check_cases(cases);
}

#[test]
fn each_situation_rule_reports_file_line_and_field() {
    let s = |from: &str, to: &str| errors_with(HELPLINES, &replaced(SITUATIONS, from, to));
    let cases: Vec<(Vec<String>, &str)> = vec![
        (s("topics = [\"sextortion\"]", "topics = [\"sextorsion\"]"), "situations.toml:6: topics: unknown id `sextorsion`; did you mean `sextortion`?"),
        (s("topics = [\"sextortion\"]", "topics = []"), "situations.toml:6: topics: needs at least one value"),
        (s("who = [\"jongeren\"]", "who = [\"tieners\"]"), "situations.toml:7: who: unknown id `tieners`"),
        (s("start = [\"jongeren\"]", "start = [\"ouder\"]"), "situations.toml:9: start: unknown id `ouder`; did you mean `ouders`?"),
        (s("helplines = [\"kindertelefoon\", \"112\"]", "helplines = [\"kindertelefoon\", \"childline\"]"), "situations.toml:11: helplines: unknown helpline id `childline` (allowed: 112, kindertelefoon)"),
        (s("phrases = [\"iemand chanteert me met een naaktfoto\"]", "phrases = []"), "situations.toml:5: phrases: needs at least one phrase, and no empty ones"),
        (s("phrases = [\"iemand chanteert me met een naaktfoto\"]", "phrases = [\"iemand chanteert me\", \" \"]"), "situations.toml:5: phrases: needs at least one phrase, and no empty ones"),
        (s("phrases = [\"iemand chanteert me met een naaktfoto\"]", "phrases = [\"chantage\", \"chantage\"]"), "situations.toml:5: phrases: `chantage` is listed twice"),
        (s("https://www.norfolk.police.uk/advice", "http://www.norfolk.police.uk/advice"), "situations.toml:16: sources: `http://www.norfolk.police.uk/advice` is not allowed: only https: links"),
        (s("tier = \"B\"", "tier = \"E\""), "situations.toml:16: sources: tier `E` is not one of A, B, C, D"),
        (s("quote = \"Do not give them any time or money\"", "quote = \"\""), "situations.toml:16: sources: needs an org and a verbatim quote"),
        (s("advice = \"Betaal niet.\"\n", ""), "situations.toml:2: advice: an acute situation needs advice"),
        (s("sources = [\n  { url = \"https://www.norfolk.police.uk/advice\", org = \"Norfolk Constabulary\", tier = \"B\", quote = \"Do not give them any time or money\" },\n]", "sources = []"), "situations.toml:15: sources: needs at least one source"),
        (s("id = \"afgeperst\"", "id = \"Afgeperst!\""), "situations.toml:2: id: `Afgeperst!` is not a valid id"),
        (s("nl = \"Afgeperst met een naaktfoto\"\n", ""), "situations.toml:1: nl: is required but missing"),
        (s("{ id = \"voorbeeld\"", "{ id = \"vorbeeld\""), "situations.toml:13: materials: unknown material id `vorbeeld`"),
        (
            s("because = \"over relaties en seksualiteit voor klas 2\"", "because = \"over loverboys voor klas 2\""),
            "situations.toml:13: materials: `because` of `voorbeeld` must be at least four words found as they are in its summary",
        ),
        (s("because = \"over relaties en seksualiteit voor klas 2\"", "because = \"klas 2\""), "situations.toml:13: materials: `because` of `voorbeeld` must be at least four words"),
        (
            s("because = \"over relaties en seksualiteit voor klas 2\" },", "because = \"over relaties en seksualiteit voor klas 2\" },\n  { id = \"voorbeeld\", because = \"Lespakket over relaties en\" },"),
            "situations.toml:13: materials: `voorbeeld` is listed twice",
        ),
    ];
    check_cases(cases);
}

#[test]
fn a_second_situation_with_the_same_id_is_rejected() {
    let two = format!("{SITUATIONS}\n{}", SITUATIONS.replace("topics = [\"sextortion\"]", "topics = [\"sextortion\", \"sexting\"]"));
    let errors = errors_with(HELPLINES, &two);
    assert!(errors.iter().any(|e| e.starts_with("situations.toml:20: id: `afgeperst` is used by two situations")), "{errors:?}");
}

#[test]
fn a_catalogue_without_situations_still_loads() {
    let dir = catalogue_with(&[("voorbeeld.toml", VALID)]);
    std::fs::remove_file(dir.join("situations.toml")).unwrap();
    let c = preventiewijzer_model::catalogue::load(&dir).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(c.situations.is_empty());
}

#[test]
fn the_shipped_help_keeps_the_research_promises() {
    let c = preventiewijzer_model::catalogue::load(&support::repo().join("catalogue")).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(c.helplines.len() >= 26, "{}", c.helplines.len());
    assert!(c.situations.len() >= 20, "{}", c.situations.len());
    let region_of = |id: &str| c.helplines.iter().find(|h| h.id == id).map(|h| h.region.as_str()).unwrap();
    for s in &c.situations {
        // UK lines are never shown for a situation: they are mapped to Dutch and Flemish ones.
        assert!(s.helplines.iter().all(|h| region_of(h) != "verenigd-koninkrijk"), "{} uses a UK helpline", s.id);
        // Never state odds that sextortion images get published.
        let advice = format!("{} {}", s.advice.as_deref().unwrap_or_default(), s.advice_en.as_deref().unwrap_or_default()).to_lowercase();
        for odds in ["zelden", "kans", "procent", "%", "rarely", "likely", "chance"] {
            assert!(!advice.contains(odds), "{}: advice states odds (`{odds}`)", s.id);
        }
    }
    for audience in ["ouders", "jongeren", "leraren", "professionals"] {
        let n = c.situations.iter().filter(|s| s.start.iter().any(|a| a == audience)).count();
        assert!((4..=6).contains(&n), "{audience}: {n} start situations");
    }
    assert!(c.helplines.iter().filter(|h| h.urgent).all(|h| h.always), "an urgent line is always shown");
    for region in ["nederland", "vlaanderen", "verenigd-koninkrijk"] {
        assert!(c.helplines.iter().any(|h| h.region == region && h.always), "{region} has a line shown to everyone");
    }
}

// ---- searches.toml ----

/// One example search ranking the valid material.
const SEARCHES: &str = r#"[[search]]
id = "s001"
text = "les relaties klas 2"
audiences = ["leraren"]
age = 13
lang = "nl"
ranked = ["voorbeeld"]
"#;

fn errors_with_searches(searches: &str) -> Vec<String> {
    let dir = catalogue_with(&[("voorbeeld.toml", VALID)]);
    std::fs::write(dir.join("searches.toml"), searches).unwrap();
    errors_of(&dir)
}

#[test]
fn each_example_search_rule_reports_file_line_and_field() {
    assert_eq!(errors_with_searches(SEARCHES), Vec::<String>::new());
    let e = |from: &str, to: &str| errors_with_searches(&replaced(SEARCHES, from, to));
    check_cases(vec![
        (e("ranked = [\"voorbeeld\"]", "ranked = [\"voorbeeld\", \"vorbeeld\"]"), "searches.toml:7: ranked: unknown material id `vorbeeld`"),
        (e("ranked = [\"voorbeeld\"]", "ranked = [\"voorbeeld\", \"voorbeeld\"]"), "searches.toml:7: ranked: `voorbeeld` is listed twice"),
        (e("ranked = [\"voorbeeld\"]", "ranked = []"), "searches.toml:7: ranked: needs 1 to 10 material ids, best first (0 given)"),
        (e("audiences = [\"leraren\"]", "audiences = [\"leraar\"]"), "searches.toml:4: audiences: unknown id `leraar`; did you mean `leraren`?"),
        (e("lang = \"nl\"", "lang = \"xx\""), "searches.toml:6: lang: unknown language `xx`"),
        (
            e("text = \"les relaties klas 2\"\naudiences = [\"leraren\"]\nage = 13\n", ""),
            "searches.toml:2: text: an example search needs words or a chosen audience or age",
        ),
        (e("id = \"s001\"", "id = \"S 1\""), "searches.toml:2: id: `S 1` is not a valid id"),
        (e("ranked = [\"voorbeeld\"]\n", ""), "searches.toml:1: ranked: is required but missing"),
    ]);
    let twice = errors_with_searches(&format!("{SEARCHES}\n{SEARCHES}"));
    assert!(twice.iter().any(|e| e.starts_with("searches.toml:10: id: `s001` is used by two searches")), "{twice:?}");
}

fn check_cases(cases: Vec<(Vec<String>, &str)>) {
    let failures: Vec<String> = cases
        .iter()
        .filter(|(errors, expected)| !errors.iter().any(|e| e.starts_with(expected)))
        .map(|(errors, expected)| format!("expected an error starting with\n  {expected}\ngot\n  {errors:?}"))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
