//! The help block fits the person: the helplines of the profile's region for its audience, the
//! region's emergency number always and first; a Flemish or UK profile never gets Dutch lines.

use preventiewijzer_engine::{Engine, Query};

fn engine() -> Engine {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogue");
    let catalogue = preventiewijzer_model::catalogue::load(&dir).expect("shipped catalogue is valid");
    Engine::open(preventiewijzer_indexer::build(&catalogue).unwrap(), catalogue).unwrap()
}

fn help(e: &Engine, regions: &[&str], audiences: &[&str]) -> Vec<String> {
    let q =
        Query { regions: regions.iter().map(|r| r.to_string()).collect(), audiences: audiences.iter().map(|a| a.to_string()).collect(), ..Query::default() };
    e.help(&q).into_iter().map(|h| h.id.clone()).collect()
}

fn regions_of(e: &Engine, ids: &[String]) -> Vec<String> {
    let mut regions: Vec<String> = ids.iter().map(|id| e_helpline(e, id).region.clone()).collect();
    regions.dedup();
    regions
}

fn e_helpline<'e>(e: &'e Engine, id: &str) -> &'e preventiewijzer_model::Helpline {
    e.help(&Query { regions: vec!["nederland".into(), "vlaanderen".into(), "verenigd-koninkrijk".into()], ..Query::default() })
        .into_iter()
        .chain(e.helplines_in("nederland", &["jongeren".into(), "ouders".into(), "professionals".into(), "volwassenen".into()]))
        .chain(e.helplines_in("vlaanderen", &["jongeren".into(), "ouders".into(), "professionals".into(), "volwassenen".into()]))
        .chain(e.helplines_in("verenigd-koninkrijk", &["jongeren".into(), "ouders".into(), "professionals".into(), "volwassenen".into()]))
        .find(|h| h.id == id)
        .unwrap_or_else(|| panic!("no helpline {id}"))
}

#[test]
fn a_dutch_profile_gets_dutch_help_for_its_audience_with_112_first() {
    let e = engine();
    for regions in [&[][..], &["nederland"][..], &["ierland"][..]] {
        let young = help(&e, regions, &["jongeren"]);
        assert_eq!(young.first().map(String::as_str), Some("112"), "{regions:?}: {young:?}");
        assert!(young.contains(&"veilig-thuis".to_string()) && young.contains(&"kindertelefoon".to_string()), "{young:?}");
        assert_eq!(regions_of(&e, &young), ["nederland"]);
        let parents = help(&e, regions, &["ouders"]);
        assert!(!parents.contains(&"kindertelefoon".to_string()), "the Kindertelefoon is for children: {parents:?}");
        assert!(parents.contains(&"centrum-seksueel-geweld".to_string()), "{parents:?}");
    }
}

#[test]
fn a_flemish_profile_gets_flemish_help_not_dutch() {
    let e = engine();
    let parents = help(&e, &["vlaanderen"], &["ouders"]);
    assert_eq!(regions_of(&e, &parents), ["vlaanderen"], "{parents:?}");
    assert!(parents.contains(&"child-focus".to_string()) && parents.contains(&"stop-it-now-vlaanderen".to_string()), "{parents:?}");
    assert!(!parents.contains(&"veilig-thuis".to_string()) && !parents.contains(&"112".to_string()), "{parents:?}");
    let young = help(&e, &["vlaanderen"], &["jongeren"]);
    assert_eq!(young, ["112-be", "child-focus"], "Belgium's emergency number first; Stop it Now serves adults, parents and professionals");
    assert_eq!(parents.first().map(String::as_str), Some("112-be"), "{parents:?}");
}

#[test]
fn a_uk_profile_gets_uk_help_with_999_first() {
    let e = engine();
    let young = help(&e, &["verenigd-koninkrijk"], &["jongeren"]);
    assert_eq!(young.first().map(String::as_str), Some("uk-999"), "{young:?}");
    assert!(young.contains(&"childline".to_string()) && !young.contains(&"nspcc-helpline".to_string()), "{young:?}");
    assert_eq!(regions_of(&e, &young), ["verenigd-koninkrijk"]);
    let parents = help(&e, &["verenigd-koninkrijk"], &["ouders"]);
    assert!(parents.contains(&"nspcc-helpline".to_string()) && !parents.contains(&"childline".to_string()), "{parents:?}");
}

#[test]
fn a_page_for_two_regions_gets_both_each_with_its_emergency_number_first() {
    let e = engine();
    let lines = help(&e, &["verenigd-koninkrijk", "nederland"], &["jongeren"]);
    assert_eq!(regions_of(&e, &lines), ["verenigd-koninkrijk", "nederland"], "{lines:?}");
    let nl_first = lines.iter().position(|h| e_helpline(&e, h).region == "nederland").unwrap();
    assert_eq!((lines[0].as_str(), lines[nl_first].as_str()), ("uk-999", "112"));
}
