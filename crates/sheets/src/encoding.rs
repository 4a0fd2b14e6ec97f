//! Character sets of spreadsheet files: what a spreadsheet does to UTF-8 text when it guesses
//! the wrong character set, and how the import recognises it.
//!
//! A CSV file has no field that says its character set. Opened without a byte-order mark,
//! LibreOffice and Excel read it as Windows-1252; saved back as UTF-8, every `–` becomes `â€“`
//! and every `ë` becomes `Ã«` ("double-encoded" text, mojibake). Saved back in Windows-1252, the
//! file is no longer UTF-8. [`decode`] accepts only UTF-8 (a byte-order mark is dropped) and
//! recognises the rest; [`double_encoded`] finds mojibake in a cell. Nothing here touches the
//! file system, so the same checks can run in the browser.
//!
//! Windows-1252 input is recognised and refused, not decoded, because decoding it could write
//! wrong text without anyone noticing: a program that saves in Windows-1252 has already replaced
//! every character that code page lacks (Arabic, Persian and Russian titles, `ł`, `→`, emoji)
//! with `?`, which no reader can detect, and the bytes alone cannot tell Windows-1252 from other
//! 8-bit code pages (Mac Roman, DOS 850) that spell the same letters differently. Saving again
//! as UTF-8 costs the editor one step; a wrong guess would damage the catalogue.

/// The characters of Windows-1252 bytes 0x80–0x9F. The five bytes it leaves undefined keep
/// their Latin-1 control character, as LibreOffice and Excel decode them.
const HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š',
    '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// The character of Windows-1252 byte `b`.
pub fn cp1252_char(b: u8) -> char {
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        b => char::from(b),
    }
}

/// The byte that `c` was decoded from, if `c` can be the Windows-1252 (or Latin-1) reading of a
/// single byte.
fn cp1252_byte(c: char) -> Option<u8> {
    match u32::from(c) {
        n @ 0..=0xFF => u8::try_from(n).ok(),
        _ => HIGH.iter().position(|h| *h == c).and_then(|i| u8::try_from(0x80 + i).ok()),
    }
}

/// Why the bytes of a file are not accepted as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotUtf8 {
    /// A `.xlsx`, `.ods` or other zip file.
    Workbook,
    /// UTF-16 text (a UTF-16 byte-order mark), as "Unicode text" saves.
    Utf16,
    /// Windows-1252 text: the whole file decoded as Windows-1252 (the import names a cell
    /// that shows it).
    Windows1252(String),
    /// Neither UTF-8 nor Windows-1252; `offset` is the first byte that is not UTF-8.
    Unknown { offset: usize },
}

/// The text of a file that must be UTF-8: without its UTF-8 byte-order mark, or why not.
pub fn decode(bytes: &[u8]) -> Result<&str, NotUtf8> {
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(NotUtf8::Workbook);
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(NotUtf8::Utf16);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        // The five bytes Windows-1252 leaves undefined never occur in a file it wrote.
        if bytes.iter().any(|b| matches!(b, 0x81 | 0x8D | 0x8F | 0x90 | 0x9D)) {
            NotUtf8::Unknown { offset: e.valid_up_to() }
        } else {
            NotUtf8::Windows1252(bytes.iter().copied().map(cp1252_char).collect())
        }
    })
}

/// The first piece of `text` that is UTF-8 read as Windows-1252, with what it was meant to be:
/// `("â€“", "–")`, `("Ã«", "ë")`, `("ï»¿", "\u{FEFF}")` (a byte-order mark). A piece is a
/// character whose Windows-1252 byte starts a UTF-8 sequence, followed by characters whose
/// bytes continue it, that together are valid UTF-8. Dutch text almost never has such pairs (a
/// capital with an accent right before `€`, `–`, `’`, `©`, `«` or a similar sign); the test
/// over the whole shipped catalogue keeps it that way.
pub fn double_encoded(text: &str) -> Option<(String, String)> {
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let Some(lead) = cp1252_byte(*c) else { continue };
        let continuations = match lead {
            0xC2..=0xDF => 1,
            0xE0..=0xEF => 2,
            0xF0..=0xF4 => 3,
            _ => continue,
        };
        let Some(rest) = chars.get(i + 1..=i + continuations) else { continue };
        let mut bytes = vec![lead];
        bytes.extend(rest.iter().map_while(|c| cp1252_byte(*c).filter(|b| (0x80..=0xBF).contains(b))));
        if bytes.len() != continuations + 1 {
            continue;
        }
        if let Ok(meant) = std::str::from_utf8(&bytes) {
            return Some((chars[i..=i + continuations].iter().collect(), meant.to_string()));
        }
    }
    None
}

/// What [`double_encoded`] found, in words for an error message.
pub fn explain_double_encoded(piece: &str, meant: &str) -> String {
    let meant = if meant == "\u{FEFF}" { "a byte-order mark".to_string() } else { format!("`{meant}`") };
    format!(
        "looks double-encoded: `{piece}` is {meant} read as Windows-1252 (the spreadsheet opened a UTF-8 file with the wrong \
         character set). Nothing was imported. Export again, or open the file with character set \"Unicode (UTF-8)\" and save it again"
    )
}

/// The Unicode replacement character: a spreadsheet puts it where it could not read a byte.
pub const REPLACEMENT: char = '\u{FFFD}';

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` as a spreadsheet shows a UTF-8 file that it read as Windows-1252.
    fn misread(text: &str) -> String {
        text.bytes().map(cp1252_char).collect()
    }

    #[test]
    fn the_issues_examples_are_found_with_what_they_meant() {
        let cases = [
            ("Lang Leve de Liefde – Bovenbouw", "â€“", "–"),
            ("justitiële", "Ã«", "ë"),
            ("\u{FEFF}id", "ï»¿", "\u{FEFF}"),
            ("ideeën", "Ã«", "ë"),
            ("'Wacht niet tot het te laat is…'", "â€¦", "…"),
            ("😀", "ðŸ˜€", "😀"),
        ];
        for (good, piece, meant) in cases {
            let bad = misread(good);
            assert_eq!(double_encoded(&bad), Some((piece.to_string(), meant.to_string())), "{bad}");
            assert_eq!(double_encoded(good), None, "{good}");
        }
    }

    #[test]
    fn latin1_readings_are_found_too() {
        // A reader that maps 0x80–0x9F to control characters instead of Windows-1252 signs.
        let latin1: String = "–".bytes().map(char::from).collect();
        assert_eq!(double_encoded(&latin1).map(|(_, m)| m), Some("–".to_string()));
    }

    #[test]
    fn ordinary_dutch_french_and_german_text_is_not_double_encoded() {
        for text in ["Omrop Fryslân", "ÉÉN – twee", "café «menu»", "Ärger über Öl", "coördinator, zo’n 3 × 4", "Ça va? À bientôt…", "É", ""]
        {
            assert_eq!(double_encoded(text), None, "{text}");
        }
    }

    #[test]
    fn decode_accepts_utf8_with_or_without_a_byte_order_mark_only() {
        assert_eq!(decode(b"\xEF\xBB\xBFid,ti\xC3\xABtel"), Ok("id,tiëtel"));
        assert_eq!(decode("id,–".as_bytes()), Ok("id,–"));
        assert_eq!(decode(b"id,justiti\xEBle \x96 x"), Err(NotUtf8::Windows1252("id,justitiële – x".to_string())));
        assert_eq!(decode(b"id\n\x81\xFF"), Err(NotUtf8::Unknown { offset: 3 }));
        assert_eq!(decode(b"\xFF\xFEi\0d\0"), Err(NotUtf8::Utf16));
        assert_eq!(decode(b"PK\x03\x04rest"), Err(NotUtf8::Workbook));
    }
}
