//! The defaults the ranking knobs document are the defaults the code uses: each `Weights` field's
//! doc comment in `src/fit.rs` says "default X", and `Weights::default()` must give exactly X.

use preventiewijzer_engine::fit::Weights;

#[test]
fn documented_defaults_are_the_real_defaults() {
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/fit.rs")).unwrap();
    let block = source.split("pub struct Weights {").nth(1).and_then(|b| b.split("\n}").next()).expect("fit.rs defines Weights");
    // `Weights { text: 1.5, audience_exact: 0.6, … }`
    let debug = format!("{:?}", Weights::default());
    let real = |field: &str| -> f32 {
        let after = debug.split(&format!(" {field}: ")).nth(1).unwrap_or_else(|| panic!("{field} not in {debug}"));
        after.split([',', ' ']).next().unwrap().parse().unwrap()
    };
    let (mut doc, mut checked, mut wrong) = (String::new(), 0, Vec::new());
    for line in block.lines().map(str::trim) {
        if let Some(text) = line.strip_prefix("///") {
            doc.push_str(text);
            doc.push(' ');
        } else if let Some(field) = line.strip_prefix("pub ").and_then(|l| l.split(':').next()) {
            let lower = doc.to_lowercase();
            let documented = lower.split("default ").nth(1).and_then(|d| d.split([' ', ':', ',']).next()).map(|d| d.trim_end_matches('.'));
            let documented: f32 = documented.and_then(|d| d.parse().ok()).unwrap_or_else(|| panic!("`{field}` documents no default: {doc}"));
            if documented != real(field) {
                wrong.push(format!("{field}: documented {documented}, real {}", real(field)));
            }
            checked += 1;
            doc.clear();
        }
    }
    assert_eq!(checked, debug.matches(": ").count(), "every field of Weights was checked");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
