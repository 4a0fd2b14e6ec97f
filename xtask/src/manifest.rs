//! The widget's manifest, `widget/manifest.toml`: the deployable files by tier and the element's
//! attributes, in one place. The build stages, checks, hashes, compresses and sizes exactly these
//! files and writes the attribute list into the element script; a built site carries the manifest
//! with each file's content-hashed name as `widget/files.json`, which the end-to-end tests and the
//! benchmark read.

use std::collections::HashSet;
use std::fs;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::root;

/// `widget/manifest.toml`, or (with `url`s) a built site's `widget/files.json`.
#[derive(Deserialize, Serialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub element: Element,
    /// Every file of the site's `widget/` folder, by tier, each tier in loading order.
    #[serde(rename(deserialize = "file", serialize = "files"), alias = "files")]
    pub files: Vec<File>,
}

#[derive(Deserialize, Serialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct Element {
    /// The custom element's tag name.
    pub tag: String,
    /// The one file that keeps its name: the script tag hosts write.
    pub script: String,
    /// The attributes the element observes and passes to the widget.
    pub attributes: Vec<String>,
}

#[derive(Deserialize, Serialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct File {
    /// The plain name, as the loaders and the build's tools write it.
    pub name: String,
    pub tier: Tier,
    /// The published (content-hashed) name; only in `files.json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Deserialize, Serialize, Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tier {
    /// What the first results need.
    #[serde(rename = "tier-1")]
    One,
    /// The full-text engine, loaded once tier 1 is in.
    #[serde(rename = "tier-2")]
    Two,
    /// The list shown when the widget cannot start.
    #[serde(rename = "fallback")]
    Fallback,
    /// Loaded only by a page whose element names a data folder (the `data` attribute).
    #[serde(rename = "data-folder")]
    DataFolder,
    /// The prerendered first views, one per profile: a page fetches only its element's, shown
    /// before tier 1 has arrived.
    #[serde(rename = "first")]
    First,
}

impl Tier {
    pub const ALL: [Tier; 5] = [Tier::First, Tier::One, Tier::Two, Tier::Fallback, Tier::DataFolder];

    pub fn label(self) -> &'static str {
        match self {
            Tier::One => "tier 1",
            Tier::Two => "tier 2",
            Tier::Fallback => "fallback",
            Tier::DataFolder => "data",
            Tier::First => "first",
        }
    }
}

impl Manifest {
    /// The source: `widget/manifest.toml`, checked.
    pub fn read() -> Result<Manifest, String> {
        let path = root().join("widget/manifest.toml");
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let manifest: Manifest = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        manifest.check().map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(manifest)
    }

    /// A built site's `widget/files.json` (with the hashed names).
    pub fn published(widget: &Path) -> Result<Manifest, String> {
        let path = widget.join("files.json");
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// `files.json`: this manifest with the hashed name of every file.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// The files of `tier`, in loading order.
    pub fn tier(&self, tier: Tier) -> impl Iterator<Item = &File> {
        self.files.iter().filter(move |f| f.tier == tier)
    }

    /// The published name of `name` (its plain name until the build has hashed it).
    pub fn url<'a>(&'a self, name: &'a str) -> &'a str {
        self.files.iter().find(|f| f.name == name).and_then(|f| f.url.as_deref()).unwrap_or(name)
    }

    /// The manifest of `stage`: each pattern (`preventiewijzer-first-*.html`, a name with one `*`)
    /// replaced by the staged files it matches, in name order.
    pub fn expand(&self, stage: &Path) -> Result<Manifest, String> {
        let mut staged: Vec<String> = fs::read_dir(stage)
            .map_err(|e| format!("{}: {e}", stage.display()))?
            .filter_map(|e| Some(e.ok()?.file_name().to_string_lossy().into_owned()))
            .collect();
        staged.sort();
        let mut files = Vec::new();
        for f in &self.files {
            match f.name.split_once('*') {
                None => files.push(f.clone()),
                Some((head, tail)) => {
                    files.extend(staged.iter().filter(|n| n.len() > head.len() + tail.len() && n.starts_with(head) && n.ends_with(tail)).map(|n| File {
                        name: n.clone(),
                        tier: f.tier,
                        url: None,
                    }))
                }
            }
        }
        Ok(Manifest { element: self.element.clone(), files })
    }

    /// Names and attributes unique and plain; the element script is one of the files.
    fn check(&self) -> Result<(), String> {
        let mut seen = HashSet::new();
        for f in &self.files {
            if f.name.matches('*').count() > 1 || (f.name.contains('*') && f.tier != Tier::First) {
                return Err(format!("file `{}`: only the prerendered first views (tier `first`) are named by a pattern, with one `*`", f.name));
            }
            if !seen.insert(f.name.as_str()) {
                return Err(format!("file `{}` listed twice", f.name));
            }
            if f.name.is_empty() || f.name.contains(['/', '\\', '\'', '"']) || f.name.starts_with('.') {
                return Err(format!("file `{}`: a plain file name is needed (no folder, no quotes)", f.name));
            }
            if f.url.is_some() {
                return Err(format!("file `{}`: `url` is written by the build, not by hand", f.name));
            }
        }
        if !seen.contains(self.element.script.as_str()) {
            return Err(format!("element script `{}` is not among the files", self.element.script));
        }
        let mut attrs = HashSet::new();
        for a in &self.element.attributes {
            if !attrs.insert(a.as_str()) || a.is_empty() || !a.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
                return Err(format!("attribute `{a}`: attributes are unique, lowercase letters and dashes"));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manifest_reads_and_every_tier_has_files() {
        let m = Manifest::read().unwrap();
        for tier in Tier::ALL {
            assert!(m.tier(tier).next().is_some(), "{tier:?} has no files");
        }
        assert_eq!(m.tier(Tier::One).next().unwrap().name, m.element.script, "the element script loads first");
    }

    #[test]
    fn the_element_script_takes_its_attributes_and_tag_from_the_manifest() {
        let m = Manifest::read().unwrap();
        let js = fs::read_to_string(root().join("widget/js").join(&m.element.script)).unwrap();
        assert!(js.contains("/*ATTRIBUTES*/[]"), "the build writes the attribute list into the element script");
        assert!(js.contains(&format!("customElements.define('{}'", m.element.tag)));
    }

    #[test]
    fn every_attribute_is_documented_in_the_readme_and_the_embed_page() {
        let m = Manifest::read().unwrap();
        let readme = fs::read_to_string(root().join("README.md")).unwrap();
        let embed = fs::read_to_string(root().join("www/embed.html")).unwrap();
        for a in &m.element.attributes {
            assert!(readme.contains(&format!("`{a}`")), "README.md does not document the attribute `{a}`");
            assert!(embed.contains(&format!("<th scope=\"row\"><code>{a}</code></th>")), "www/embed.html has no row for `{a}`");
        }
    }

    #[test]
    fn a_duplicate_or_a_path_is_refused() {
        let text = fs::read_to_string(root().join("widget/manifest.toml")).unwrap();
        let twice = format!("{text}\n[[file]]\nname = \"preventiewijzer.js\"\ntier = \"tier-1\"\n");
        let m: Manifest = toml::from_str(&twice).unwrap();
        assert!(m.check().unwrap_err().contains("listed twice"));
        let path = format!("{text}\n[[file]]\nname = \"../x.js\"\ntier = \"tier-2\"\n");
        let m: Manifest = toml::from_str(&path).unwrap();
        assert!(m.check().unwrap_err().contains("plain file name"));
    }

    #[test]
    fn a_pattern_lists_the_staged_first_views_and_only_they_have_one() {
        let m = Manifest::read().unwrap();
        let stage = std::env::temp_dir().join(format!("pw-manifest-{}", std::process::id()));
        fs::create_dir_all(&stage).unwrap();
        for name in ["preventiewijzer-first-nl.html", "preventiewijzer-first-nl-ouders.html", "preventiewijzer-first.js", "preventiewijzer-records.json"] {
            fs::write(stage.join(name), "").unwrap();
        }
        let first: Vec<String> = m.expand(&stage).unwrap().tier(Tier::First).map(|f| f.name.clone()).collect();
        let _ = fs::remove_dir_all(&stage);
        assert_eq!(first, ["preventiewijzer-first-nl-ouders.html", "preventiewijzer-first-nl.html", "preventiewijzer-first.js"]);
        let text = fs::read_to_string(root().join("widget/manifest.toml")).unwrap();
        let elsewhere: Manifest = toml::from_str(&format!("{text}\n[[file]]\nname = \"x-*.json\"\ntier = \"tier-1\"\n")).unwrap();
        assert!(elsewhere.check().unwrap_err().contains("only the prerendered first views"));
    }
}
