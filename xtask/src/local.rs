//! Data folders for the end-to-end tests of the `data` attribute (tests/e2e/local.test.mjs), each
//! written by the real CLI (`preventiewijzer pack --local`) into a built site:
//!
//! - `gemeente-voorbeeld/`: the national catalogue plus `tests/fixtures/local/`;
//! - broken folders, which must leave the national results working with one console message
//!   listing every problem: `kapot/` (records that do not open, an index that is missing),
//!   `kapot-manifest/` (a manifest that is not JSON), `kapot-namen/` (a manifest naming a file
//!   outside the folder and no index), `kapot-ontbreekt/` (both named files missing);
//! - in the hostile site, `lokaal/`: a generated hostile local catalogue (script tags, quote-
//!   breaking text, fields at the length limit, 5,000 materials, 20 helplines), which must stay
//!   inert and bounded; and `lokaal-js/`, the same with every link turned into a `javascript:`
//!   address after packing (as a hand-edited folder could have; `pack` refuses such links).

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;

use crate::{root, run};

/// How many hostile local materials: the most a local folder may hold.
const HOSTILE_MATERIALS: usize = 5_000;

/// Writes the test data folders into `site` and `hostile_site`.
pub fn test_folders(site: &Path, hostile_site: &Path) -> Result<(), String> {
    let root = root();
    pack(&root.join("tests/fixtures/local"), &site.join("gemeente-voorbeeld"))?;
    broken(site)?;
    let hostile = root.join("target/hostile-local");
    hostile_catalogue(&hostile)?;
    pack(&hostile, &hostile_site.join("lokaal"))?;
    javascript_links(&hostile_site.join("lokaal"), &hostile_site.join("lokaal-js"))
}

/// A copy of the packed folder `from` whose material and helpline links are `javascript:`
/// addresses: replaced byte for byte at the same length, in the records and in the catalogue the
/// packed index carries, so both tiers read them.
fn javascript_links(from: &Path, to: &Path) -> Result<(), String> {
    let _ = fs::remove_dir_all(to);
    fs::create_dir_all(to).map_err(|e| e.to_string())?;
    let swaps: [(&[u8], &[u8]); 3] = [
        (b"https://example.org/lokaal/", b"javascript:window.__pwx=1//"),
        (b"https://example.org/hulp/", b"javascript:window.__pwx=1"),
        (b"https://example.org/chat/", b"javascript:window.__pwx=1"),
    ];
    for entry in fs::read_dir(from).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let mut bytes = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        for (a, b) in swaps {
            assert_eq!(a.len(), b.len(), "a same-length swap keeps the packed index's offsets");
            let mut i = 0;
            while let Some(at) = bytes[i..].windows(a.len()).position(|w| w == a) {
                bytes[i + at..i + at + a.len()].copy_from_slice(b);
                i += at + a.len();
            }
        }
        fs::write(to.join(path.file_name().unwrap_or_default()), bytes).map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn pack(local: &Path, out: &Path) -> Result<(), String> {
    let _ = fs::remove_dir_all(out);
    run(Command::new("cargo").args(["run", "--quiet", "--bin", "preventiewijzer", "--", "pack", "--local"]).arg(local).arg("--out").arg(out))
}

/// Data folders as a host might break them (see the module doc).
fn broken(site: &Path) -> Result<(), String> {
    let records = "preventiewijzer-records.000000000bad.json";
    let index = "preventiewijzer-index.000000000bad.pwi";
    let named = format!(r#"{{"records": "{records}", "index": "{index}"}}"#);
    let folders: [(&str, String, Option<&str>); 4] = [
        ("kapot", named.clone(), Some(r#"{"materials": "<script>window.__pwx=1</script>"}"#)),
        ("kapot-manifest", "{\"records\": \"preventiewijzer-records.0123.json\",".into(), None),
        ("kapot-namen", r#"{"records": "../preventiewijzer-records.json"}"#.into(), None),
        ("kapot-ontbreekt", named, None),
    ];
    for (name, manifest, records_text) in folders {
        let out = site.join(name);
        let _ = fs::remove_dir_all(&out);
        fs::create_dir_all(&out).map_err(|e| e.to_string())?;
        fs::write(out.join("preventiewijzer-data.json"), manifest).map_err(|e| e.to_string())?;
        if let Some(text) = records_text {
            fs::write(out.join(records), text).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

/// Hostile text that passes validation: every field a renderer could get wrong.
const SCRIPT: &str = r#"<script>window.__pwx=1</script>"#;
const QUOTES: &str = r#"\"><svg onload=\"window.__pwx=1\"></svg> '\"; window.__pwx=1; // <iframe src=\"javascript:window.__pwx=1\"></iframe>"#;

/// A local catalogue folder of hostile but valid entries, generated (5,000 files are not kept in git).
fn hostile_catalogue(dir: &Path) -> Result<(), String> {
    let _ = fs::remove_dir_all(dir);
    fs::create_dir_all(dir.join("materials")).map_err(|e| e.to_string())?;
    let write = |path: &Path, text: &str| fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()));
    write(
        &dir.join("regions.toml"),
        &format!("# TEST FIXTURE: a hostile local region.\n[[regions]]\nid = \"gemeente-xss\"\nnl = \"{SCRIPT}Gemeente <b onmouseover=\\\"window.__pwx=1\\\">XSS</b>\"\nen = \"{QUOTES}\"\n"),
    )?;
    // Long text up to the limit (4,000 characters), so the widget's layout and memory are tried.
    let long: String = format!("{QUOTES} zuurstokrood ").repeat(400).chars().take(3_900).collect::<String>().replace('\\', "");
    let long = long.trim_end_matches(['"', '\\']).to_string();
    for n in 0..HOSTILE_MATERIALS {
        let id = format!("xss-local-{n:04}");
        let mut text = String::new();
        let _ = writeln!(text, "# TEST FIXTURE, not a real material: hostile text that must be rendered inert.");
        let _ = writeln!(text, "id = \"{id}\"");
        let _ = writeln!(text, "title = \"{SCRIPT}Zuurstokrood lokaal {n} <img src=x onerror=\\\"window.__pwx=1\\\">\"");
        let _ = writeln!(text, "summary = '''{long}'''");
        let _ = writeln!(text, "publisher = \"<b onmouseover=\\\"window.__pwx=1\\\">Gemeente</b>\"");
        let _ = writeln!(text, "url = \"https://example.org/lokaal/{n}'onmouseover='window.__pwx=1\"");
        let _ = writeln!(text, "languages = [\"nl\"]\nregion = \"gemeente-xss\"\naudiences = [\"ouders\"]\ntopics = [\"loverboys\"]");
        let _ = writeln!(text, "risk_groups = []\nstages = [\"preventie\"]\nformat = \"website\"\ncost = \"onbekend\"");
        let _ = writeln!(text, "duration = \"<style>*{{display:none}}</style>\"");
        let _ = writeln!(text, "keywords = [\"<iframe src=javascript:window.__pwx=1>\", \"zuurstokrood\"]");
        let _ = writeln!(text, "source = \"test fixture: not a real material\"\nlast_checked = \"2026-11-01\"");
        write(&dir.join("materials").join(format!("{id}.toml")), &text)?;
    }
    let mut helplines = String::from("# TEST FIXTURE: hostile contact points.\n");
    for n in 0..20 {
        let _ = writeln!(helplines, "\n[[helplines]]\nid = \"xss-hulp-{n}\"\nname = \"{SCRIPT}Hulp {n}\"\nnl = \"{QUOTES}\"\nen = \"{QUOTES}\"");
        let _ = writeln!(
            helplines,
            "url = \"https://example.org/hulp/{n}'onmouseover='window.__pwx=1\"\nchat_url = \"https://example.org/chat/{n}'onfocus='window.__pwx=1\""
        );
        let _ = writeln!(helplines, "region = \"gemeente-xss\"\naudiences = []\nalways = true\nsource = \"test fixture: not a real contact point\"");
    }
    write(&dir.join("helplines.toml"), &helplines)
}
