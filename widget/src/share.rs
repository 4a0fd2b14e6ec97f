//! The code of a share link: the shared view as an opaque value in the namespaced fragment
//! (`#pw=…`), so a link pasted in a chat or kept in the browser history says nothing about what
//! was searched. Facet values travel as their index in the vocabulary, the typed text and the
//! saved material ids as bytes; the whole is scrambled with a fixed key stream and written as
//! base64url. This hides the words from a glance (a chat preview, a history list), it is not
//! encryption: nothing secret is needed to open it, so nothing is stored anywhere.
//!
//! Layout (before scrambling): version byte, age (255 = none), school level (index + 1 in the
//! vocabulary, 0 = none), then for audiences, topics, risk groups, formats, costs and evidence
//! levels a count and one index byte per value, then the text and the shortlist as
//! length-prefixed UTF-8.

use preventiewijzer_engine::filters::school_level_ages;
use preventiewijzer_model::vocabulary::Facet;
use preventiewijzer_model::Vocabulary;

const VERSION: u8 = 1;
/// The facets a link carries, in this order.
pub const FACETS: [Facet; 6] = [Facet::Audiences, Facet::Topics, Facet::RiskGroups, Facet::Formats, Facet::Costs, Facet::EvidenceLevels];
/// The keys of [`FACETS`] in an older readable link (`t=sexting`), read by [`readable`].
const READABLE_KEYS: [&str; 6] = ["a", "t", "r", "f", "c", "e"];
/// Longest text and shortlist a link restores (as the old readable links did).
const MAX_TEXT: usize = 200;
const MAX_SAVED: usize = 100;

/// What a share link holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shared {
    pub text: String,
    pub age: Option<u8>,
    pub school_level: Option<String>,
    /// Chosen ids per facet of [`FACETS`], in that order.
    pub facets: [Vec<String>; 6],
    pub shortlist: Vec<String>,
}

/// The opaque code of `s`: base64url without padding, only `A–Z a–z 0–9 - _`.
pub fn encode(s: &Shared, vocab: &Vocabulary) -> String {
    let mut b = vec![VERSION, s.age.unwrap_or(255)];
    let level = s.school_level.as_deref().and_then(|l| vocab.school_levels.iter().position(|t| t.id == l));
    b.push(level.map_or(0, |i| (i + 1).min(255) as u8));
    for (facet, chosen) in FACETS.iter().zip(&s.facets) {
        let terms = vocab.terms(*facet);
        let idx: Vec<u8> = chosen.iter().filter_map(|id| terms.iter().position(|t| &t.id == id)).filter(|i| *i < 255).map(|i| i as u8).collect();
        b.push(idx.len().min(255) as u8);
        b.extend(idx.iter().take(255));
    }
    put_str(&mut b, &s.text);
    b.push(s.shortlist.len().min(255) as u8);
    for id in s.shortlist.iter().take(255) {
        put_str(&mut b, id);
    }
    scramble(&mut b);
    base64url(&b)
}

/// Reads a code made by [`encode`]; `None` for anything else. Unknown indices are dropped.
pub fn decode(code: &str, vocab: &Vocabulary) -> Option<Shared> {
    let mut b = from_base64url(code)?;
    scramble(&mut b);
    let mut r = Reader { b: &b, at: 0 };
    if r.byte()? != VERSION {
        return None;
    }
    let age = Some(r.byte()?).filter(|a| *a <= 99);
    let level = r.byte()?;
    let school_level = level.checked_sub(1).and_then(|i| vocab.school_levels.get(i as usize)).map(|t| t.id.clone());
    let mut facets: [Vec<String>; 6] = Default::default();
    for (facet, out) in FACETS.iter().zip(facets.iter_mut()) {
        let terms = vocab.terms(*facet);
        for _ in 0..r.byte()? {
            if let Some(t) = terms.get(r.byte()? as usize) {
                if !out.contains(&t.id) {
                    out.push(t.id.clone());
                }
            }
        }
    }
    let text = r.str()?.chars().take(MAX_TEXT).collect();
    let mut shortlist = Vec::new();
    for _ in 0..r.byte()? {
        let id = r.str()?;
        if !id.is_empty() && shortlist.len() < MAX_SAVED {
            shortlist.push(id);
        }
    }
    Some(Shared { text, age, school_level, facets, shortlist })
}

/// An older readable link (`q=…&a=…&t=…`, made before the opaque code): still read, so links
/// already sent keep working; new links are never made this way. Unknown ids are dropped.
pub fn readable(fragment: &str, vocab: &Vocabulary) -> Shared {
    let mut s = Shared::default();
    for pair in fragment.split('&') {
        let Some((key, value)) = pair.split_once('=') else { continue };
        let Some(value) = percent_decode(value) else { continue };
        match key {
            "q" => s.text = value.chars().take(MAX_TEXT).collect(),
            "age" => s.age = value.parse::<u8>().ok().filter(|a| *a <= 99),
            "sl" => s.school_level = Some(value).filter(|v| school_level_ages(v, vocab).is_some()),
            "s" => s.shortlist = value.split(',').filter(|v| !v.is_empty()).take(MAX_SAVED).map(str::to_string).collect(),
            _ => {
                if let Some(i) = READABLE_KEYS.iter().position(|k| *k == key) {
                    s.facets[i] = value.split(',').filter(|v| vocab.term(FACETS[i], v).is_some()).map(str::to_string).collect();
                }
            }
        }
    }
    s
}

/// Percent-decodes a fragment value (share codes are plain base64url; old links were encoded).
pub fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            out.push(u8::from_str_radix(std::str::from_utf8(b.get(i + 1..i + 3)?).ok()?, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn put_str(b: &mut Vec<u8>, s: &str) {
    // Two length bytes: up to 65535, cut on a character boundary.
    let mut end = s.len().min(u16::MAX as usize);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    b.extend((end as u16).to_be_bytes());
    b.extend(&s.as_bytes()[..end]);
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let v = *self.b.get(self.at)?;
        self.at += 1;
        Some(v)
    }
    fn str(&mut self) -> Option<String> {
        let len = u16::from_be_bytes([self.byte()?, self.byte()?]) as usize;
        let bytes = self.b.get(self.at..self.at + len)?;
        self.at += len;
        String::from_utf8(bytes.to_vec()).ok()
    }
}

/// XOR with a fixed xorshift key stream (its own inverse): no readable word survives, and
/// equal views give equal links.
fn scramble(b: &mut [u8]) {
    let mut x: u32 = 0x9E37_79B9;
    for byte in b {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        *byte ^= (x >> 24) as u8;
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() * 4 / 3 + 3);
    for chunk in b.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, v)| n | (*v as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn from_base64url(s: &str) -> Option<Vec<u8>> {
    let digits: Vec<u32> = s.bytes().map(|c| ALPHABET.iter().position(|a| *a == c).map(|p| p as u32)).collect::<Option<_>>()?;
    if digits.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, d)| n | d << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab() -> &'static Vocabulary {
        crate::catalogue::engine().vocabulary()
    }

    #[test]
    fn a_code_restores_exactly_and_shows_no_word_or_id() {
        let s = Shared {
            text: "loverboy sexting & \"nudes\" é".into(),
            age: Some(14),
            school_level: vocab().school_levels.get(3).map(|t| t.id.clone()),
            facets: [
                vec!["jongeren".into(), "ouders".into()],
                vec!["sexting".into(), "grooming".into()],
                vec![],
                vec![],
                vec![],
                vec!["goed-onderbouwd".into()],
            ],
            shortlist: vec!["send-me-a-pic".into(), "edubox-sexting".into()],
        };
        let code = encode(&s, vocab());
        assert!(code.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'), "{code}");
        for word in ["loverboy", "sexting", "nudes", "jongeren", "ouders", "grooming", "onderbouwd", "send", "pic", "edubox", "14"] {
            assert!(!code.to_lowercase().contains(word), "{word} readable in {code}");
        }
        assert_eq!(decode(&code, vocab()), Some(s));
    }

    #[test]
    fn an_older_readable_link_still_restores() {
        let s = readable("q=sexting%20%26%20nudes&a=ouders&t=sexting%2Cnot-a-topic&e=goed-onderbouwd&age=14&s=julia,,send-me-a-pic", vocab());
        assert_eq!(s.text, "sexting & nudes");
        assert_eq!(
            (s.age, &s.facets[0], &s.facets[1], &s.facets[5]),
            (Some(14), &vec!["ouders".to_string()], &vec!["sexting".to_string()], &vec!["goed-onderbouwd".to_string()])
        );
        assert_eq!(s.shortlist, ["julia", "send-me-a-pic"]);
        assert_eq!(decode("q=sexting", vocab()), None, "a readable link is not taken for a code");
    }

    #[test]
    fn base64url_round_trips_every_length() {
        for n in 0..20u8 {
            let b: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37).wrapping_add(n)).collect();
            assert_eq!(from_base64url(&base64url(&b)).as_deref(), Some(&b[..]));
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 300, failure_persistence: None, ..Default::default() })]

        /// Any string: never a panic; a text survives the round trip.
        #[test]
        fn strange_codes_never_panic(code in proptest::prelude::any::<String>(), text in "\\PC{0,80}") {
            let _ = decode(&code, vocab());
            let s = Shared { text: text.clone(), ..Shared::default() };
            proptest::prop_assert_eq!(decode(&encode(&s, vocab()), vocab()).map(|s| s.text), Some(text));
        }
    }
}
