//! The ranking knobs are what they say: each `Weights` field's doc comment in `src/weights.rs`
//! says "Range A–B, default X.", `Weights::default()` gives exactly X, `Weights::knobs()` has
//! exactly that range for every field, and a value outside it is refused, not clamped.

use preventiewijzer_engine::Weights;

/// `(field, documented range, documented default)` for every field of `Weights`, from its doc.
fn documented() -> Vec<(String, (f32, f32), f32)> {
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/weights.rs")).unwrap();
    let block = source.split("pub struct Weights {").nth(1).and_then(|b| b.split("\n}").next()).expect("weights.rs defines Weights");
    let (mut doc, mut out) = (String::new(), Vec::new());
    for line in block.lines().map(str::trim) {
        if let Some(text) = line.strip_prefix("///") {
            doc.push_str(text);
            doc.push(' ');
        } else if let Some(field) = line.strip_prefix("pub ").and_then(|l| l.split(':').next()) {
            let lower = doc.to_lowercase();
            let after = |word: &str| lower.rsplit(word).next().filter(|_| lower.contains(word)).map(str::to_string);
            let number = |s: &str| -> f32 { s.trim_end_matches(['.', ',']).parse().unwrap_or_else(|_| panic!("`{field}`: `{s}` is no number: {doc}")) };
            let default = after("default ").unwrap_or_else(|| panic!("`{field}` documents no default: {doc}"));
            let range = after("range ").unwrap_or_else(|| panic!("`{field}` documents no range: {doc}"));
            let range = range.split([' ', ',']).next().unwrap();
            let (lo, hi) = range.split_once('–').unwrap_or_else(|| panic!("`{field}`: range `{range}` is not A–B"));
            out.push((field.to_string(), (number(lo), number(hi)), number(default.split([' ', ',']).next().unwrap())));
            doc.clear();
        }
    }
    out
}

#[test]
fn documented_defaults_and_ranges_are_the_real_ones() {
    let documented = documented();
    let knobs = Weights::default().knobs();
    let names: Vec<&str> = knobs.iter().map(|k| k.0).collect();
    let fields: Vec<&str> = documented.iter().map(|d| d.0.as_str()).collect();
    assert_eq!(names, fields, "knobs() lists every field of Weights, in order");
    // Debug prints every field: a field missing from knobs() would be missed by the above only
    // if the doc parse missed it too.
    assert_eq!(format!("{:?}", Weights::default()).matches(": ").count(), knobs.len());
    let mut wrong = Vec::new();
    for ((name, value, range), (_, doc_range, doc_default)) in knobs.iter().zip(&documented) {
        if value != doc_default {
            wrong.push(format!("{name}: documented default {doc_default}, real {value}"));
        }
        if range != doc_range {
            wrong.push(format!("{name}: documented range {doc_range:?}, real {range:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert_eq!(Weights::default().check(), Ok(Weights::default()));
}

#[test]
fn a_knob_outside_its_range_is_an_error_not_a_clamp() {
    let too_high = Weights { text: 5.5, ..Weights::default() };
    let e = too_high.check().unwrap_err();
    assert_eq!((e.knob, e.value, e.range), ("text", 5.5, (0.0, 5.0)));
    assert!(e.to_string().contains("text") && e.to_string().contains("0–5"), "{e}");
    assert_eq!(Weights { title: -1.0, ..Weights::default() }.check().unwrap_err().knob, "title");
    assert_eq!(Weights { coverage_floor: f32::NAN, ..Weights::default() }.check().unwrap_err().knob, "coverage_floor");
    assert_eq!(Weights { age: 0.2, age_unknown: 0.3, ..Weights::default() }.check().unwrap_err().knob, "age_unknown");
    // The edges are inside.
    assert!(Weights { text: 5.0, split: 0.0, ..Weights::default() }.check().is_ok());
}
