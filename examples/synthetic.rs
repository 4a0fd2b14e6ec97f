//! A SYNTHETIC catalogue for growth measurements, never shipped:
//! `cargo run --release --example synthetic -- --count 10000 [--out DIR] [--seed S]`
//! (default out: `target/synthetic-<count>/`).
//!
//! Writes a complete catalogue folder (vocabulary and helplines copied from `catalogue/`,
//! `materials/*.toml` in the canonical format of the editor tools) that `catalogue::load`
//! accepts. Every material is a deterministic recombination of the real ones: facet values,
//! ages and evidence are taken as groups from real materials, titles, summaries and keywords are
//! made of real catalogue words. A few summary words (1 in 20) are two real words joined, the
//! way Dutch makes compounds ("weerbaarheid" + "training"), so the vocabulary keeps growing with
//! the catalogue as a real one would, instead of stopping at the shipped catalogue's words.
//!
//! Nothing here can pass for real: ids start with `synthetisch-`, titles with `[SYNTHETISCH]`,
//! there is no url, and `source`, `notes` and the file comment say where it comes from.

use std::path::{Path, PathBuf};

use preventiewijzer::editor::csv::toml_text;
use preventiewijzer_model::catalogue::{self, Catalogue, Material};

/// The id prefix and title mark of every synthetic material.
pub const ID_PREFIX: &str = "synthetisch-";
pub const TITLE_MARK: &str = "[SYNTHETISCH]";
pub const DEFAULT_SEED: u64 = 20_261_124;

#[allow(dead_code)] // also included as a module by examples/growth.rs, which has its own main
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let Some(count) = value("--count").and_then(|c| c.parse::<usize>().ok()) else {
        eprintln!("usage: cargo run --release --example synthetic -- --count N [--out DIR] [--seed S]");
        std::process::exit(2);
    };
    let seed = value("--seed").and_then(|s| s.parse().ok()).unwrap_or(DEFAULT_SEED);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = value("--out").map(PathBuf::from).unwrap_or_else(|| default_dir(count));
    if let Err(e) = generate(&root.join("catalogue"), count, seed, &out) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
    match catalogue::load(&out) {
        Ok(c) => println!("{}: {} synthetic materials (seed {seed}), valid", out.display(), c.materials.len()),
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            std::process::exit(1);
        }
    }
}

/// `target/synthetic-<count>` of this workspace.
pub fn default_dir(count: usize) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target").join(format!("synthetic-{count}"))
}

/// Writes `count` synthetic materials recombined from the real catalogue in `real` into `out`,
/// replacing the synthetic materials a previous run left there.
pub fn generate(real: &Path, count: usize, seed: u64, out: &Path) -> Result<(), String> {
    let real_c = catalogue::load(real).map_err(|e| format!("the real catalogue is invalid ({} errors)", e.len()))?;
    let materials = out.join("materials");
    std::fs::create_dir_all(&materials).map_err(|e| format!("{}: {e}", materials.display()))?;
    let (real_abs, out_abs) = (real.canonicalize().map_err(|e| e.to_string())?, out.canonicalize().map_err(|e| e.to_string())?);
    if out_abs.starts_with(&real_abs) || real_abs.starts_with(&out_abs) {
        return Err(format!("refusing to write synthetic materials into or around the real catalogue {}", real_abs.display()));
    }
    // Only our own files are replaced: anything else in the folder means it is not ours.
    for entry in std::fs::read_dir(&materials).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if !name.starts_with(ID_PREFIX) {
            return Err(format!("{} is not a synthetic material; choose an empty --out folder", path.display()));
        }
        std::fs::remove_file(&path).map_err(|e| e.to_string())?;
    }
    for file in ["vocabulary.toml", "helplines.toml"] {
        std::fs::copy(real.join(file), out.join(file)).map_err(|e| format!("{file}: {e}"))?;
    }
    let readme = format!(
        "SYNTHETIC catalogue: {count} generated materials (seed {seed}) for growth benchmarks, made by\n\
         examples/synthetic.rs from recombined words and facets of the real catalogue. Not real\n\
         prevention materials; never ship or publish this folder.\n"
    );
    std::fs::write(out.join("README-SYNTHETISCH.txt"), readme).map_err(|e| e.to_string())?;
    let pools = Pools::new(&real_c);
    let mut rng = Rng(seed);
    let width = count.to_string().len().max(5);
    for n in 1..=count {
        let m = pools.material(&real_c, &mut rng, n, width, seed);
        let comment = format!("SYNTHETIC material {n} of {count} (seed {seed}), generated by examples/synthetic.rs: not a real material, never ship");
        std::fs::write(materials.join(format!("{}.toml", m.id)), toml_text(&m, &comment)).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// SplitMix64: small, deterministic on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() % (hi - lo + 1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, from: &'a [T]) -> &'a T {
        &from[self.range(0, from.len() - 1)]
    }

    fn chance(&mut self, one_in: u64) -> bool {
        self.next().is_multiple_of(one_in)
    }
}

/// The real words a synthetic material is made of. Word lists keep repeats, so sampling follows
/// the real word frequencies.
struct Pools {
    title_words: Vec<String>,
    /// Per real material: the words of its Dutch and English summary.
    summary_nl: Vec<Vec<String>>,
    summary_en: Vec<Vec<String>>,
    all_nl: Vec<String>,
    all_en: Vec<String>,
    keywords: Vec<String>,
    /// Lowercase words of 4+ letters, for compounds.
    compound_parts: Vec<String>,
}

fn text_words(text: &str) -> Vec<String> {
    text.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string()).filter(|w| !w.is_empty()).collect()
}

impl Pools {
    fn new(c: &Catalogue) -> Pools {
        let summary_nl: Vec<Vec<String>> = c.materials.iter().map(|m| text_words(&m.summary)).collect();
        let summary_en: Vec<Vec<String>> = c.materials.iter().map(|m| text_words(m.summary_en.as_deref().unwrap_or(&m.summary))).collect();
        let all_nl: Vec<String> = summary_nl.concat();
        let compound_parts = all_nl.iter().filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic)).map(|w| w.to_lowercase()).collect();
        Pools {
            title_words: c.materials.iter().flat_map(|m| text_words(&m.title)).collect(),
            all_en: summary_en.concat(),
            summary_nl,
            summary_en,
            all_nl,
            keywords: c.materials.iter().flat_map(|m| m.keywords.iter().cloned()).collect(),
            compound_parts,
        }
    }

    /// Sentences of real words: half from the base material's own summary (so a material stays
    /// roughly about something), half from all summaries; in Dutch 1 in 20 words a compound.
    fn summary(&self, rng: &mut Rng, own: &[String], all: &[String], compounds: bool) -> String {
        let mut sentences = Vec::new();
        for _ in 0..rng.range(2, 3) {
            let mut words: Vec<String> = Vec::new();
            for _ in 0..rng.range(8, 16) {
                let w = if compounds && rng.chance(20) {
                    format!("{}{}", rng.pick(&self.compound_parts), rng.pick(&self.compound_parts))
                } else if !own.is_empty() && rng.chance(2) {
                    rng.pick(own).clone()
                } else {
                    rng.pick(all).clone()
                };
                words.push(if words.is_empty() { capitalised(&w) } else { w });
            }
            sentences.push(words.join(" ") + ".");
        }
        sentences.join(" ")
    }

    fn material(&self, c: &Catalogue, rng: &mut Rng, n: usize, width: usize, seed: u64) -> Material {
        let real = &c.materials;
        let base_i = rng.range(0, real.len() - 1);
        let base = &real[base_i];
        let (who, form, lang, proof) = (rng.pick(real), rng.pick(real), rng.pick(real), rng.pick(real));
        let title_words: Vec<String> = (0..rng.range(2, 5)).map(|_| rng.pick(&self.title_words).clone()).collect();
        let mut keywords: Vec<String> = Vec::new();
        for _ in 0..rng.range(3, 6) {
            let k = rng.pick(&self.keywords);
            if !keywords.contains(k) {
                keywords.push(k.clone());
            }
        }
        Material {
            id: format!("{ID_PREFIX}{n:0width$}"),
            title: format!("{TITLE_MARK} {}", capitalised(&title_words.join(" "))),
            summary: self.summary(rng, &self.summary_nl[base_i], &self.all_nl, true),
            summary_en: Some(self.summary(rng, &self.summary_en[base_i], &self.all_en, false)),
            publisher: rng.pick(real).publisher.clone(),
            url: None,
            languages: lang.languages.clone(),
            region: lang.region.clone(),
            audiences: who.audiences.clone(),
            age_min: who.age_min,
            age_max: who.age_max,
            school_levels: who.school_levels.clone(),
            topics: base.topics.clone(),
            risk_groups: base.risk_groups.clone(),
            stages: base.stages.clone(),
            format: form.format.clone(),
            settings: form.settings.clone(),
            cost: form.cost.clone(),
            cost_note: form.cost_note.clone(),
            duration: form.duration.clone(),
            evidence: proof.evidence.clone(),
            evidence_date: proof.evidence_date.clone(),
            evidence_by: proof.evidence_by.clone(),
            evidence_note: None,
            delivered_by: Vec::new(),
            parents_involved: None,
            how_to_get: None,
            source_url: None,
            keywords,
            source: format!("SYNTHETISCH: gegenereerd door examples/synthetic.rs (seed {seed}) voor benchmarks; geen echt materiaal"),
            last_checked: base.last_checked.clone(),
            notes: Some("Synthetisch testmateriaal voor groeimetingen; bestaat niet, nooit publiceren.".into()),
        }
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
