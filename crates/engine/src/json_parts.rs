//! The members of a JSON object found without parsing their values: each member's key and the
//! byte range of its value. Tier 1 opens its records (one object of four large members) a member
//! per step, so that on a slow phone no step is one long parse (issue 13, goal 2); serde_json
//! then parses and checks each value as usual. Finding the ranges only follows strings (with
//! their escapes) and bracket depth, so it is much cheaper than a parse.

use std::ops::Range;

/// The top-level members of the JSON object in `bytes`, in order: key (as written, without its
/// quotes) and the value's byte range. `None` when `bytes` is not one object of members whose
/// keys need no unescaping: the caller then parses the whole as one value, which reports the
/// error if there is one.
pub(crate) fn members(bytes: &[u8]) -> Option<Vec<(&str, Range<usize>)>> {
    let mut at = skip_space(bytes, 0);
    if bytes.get(at) != Some(&b'{') {
        return None;
    }
    at = skip_space(bytes, at + 1);
    let mut out = Vec::new();
    if bytes.get(at) == Some(&b'}') {
        return (skip_space(bytes, at + 1) == bytes.len()).then_some(out);
    }
    loop {
        if bytes.get(at) != Some(&b'"') {
            return None;
        }
        let key_end = string_end(bytes, at)?;
        let key = std::str::from_utf8(&bytes[at + 1..key_end - 1]).ok().filter(|k| !k.contains('\\'))?;
        at = skip_space(bytes, key_end);
        if bytes.get(at) != Some(&b':') {
            return None;
        }
        let start = skip_space(bytes, at + 1);
        let end = value_end(bytes, start)?;
        out.push((key, start..end));
        at = skip_space(bytes, end);
        match bytes.get(at) {
            Some(b',') => at = skip_space(bytes, at + 1),
            Some(b'}') => return (skip_space(bytes, at + 1) == bytes.len()).then_some(out),
            _ => return None,
        }
    }
}

fn skip_space(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(|b| matches!(b, b' ' | b'\n' | b'\r' | b'\t')) {
        at += 1;
    }
    at
}

/// The end (one past the closing quote) of the string whose opening quote is at `at`.
fn string_end(bytes: &[u8], at: usize) -> Option<usize> {
    let mut i = at + 1;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// The end of the value starting at `at`: a string, an object or array (to its matching
/// bracket, brackets inside strings not counted), or a scalar (to the next `,`, `}` or `]`).
fn value_end(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes.get(at)? {
        b'"' => string_end(bytes, at),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut i = at;
            while let Some(&b) = bytes.get(i) {
                match b {
                    b'"' => {
                        i = string_end(bytes, i)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            None
        }
        _ => {
            let len = bytes[at..].iter().position(|b| matches!(b, b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t'))?;
            (len > 0).then_some(at + len)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::members;

    #[test]
    fn finds_each_members_value_and_nothing_in_strings() {
        let json = br#" { "a" : {"x": "}{][\"", "y": [1, {"z": []}]}, "b":[ "]" ],"c":12.5e3 , "d":"s\\\"" , "e":null } "#;
        let found = members(json).unwrap();
        let text = |r: &std::ops::Range<usize>| std::str::from_utf8(&json[r.clone()]).unwrap().to_string();
        let got: Vec<(String, String)> = found.iter().map(|(k, r)| (k.to_string(), text(r))).collect();
        assert_eq!(
            got,
            [("a", r#"{"x": "}{][\"", "y": [1, {"z": []}]}"#), ("b", r#"[ "]" ]"#), ("c", "12.5e3"), ("d", r#""s\\\"""#), ("e", "null"),]
                .map(|(k, v)| (k.to_string(), v.to_string()))
        );
        for (_, r) in &found {
            serde_json::from_slice::<serde_json::Value>(&json[r.clone()]).unwrap();
        }
    }

    #[test]
    fn anything_else_is_left_to_the_whole_parse() {
        for bad in [&b""[..], b"[]", b"{", b"{\"a\":}", b"{\"a\" 1}", b"{\"a\":[1}", b"{\"a\":\"x}", b"{\"a\":1} x", b"{\"a\\n\":1}", b"{\"a\":1,}"] {
            assert_eq!(members(bad), None, "{}", String::from_utf8_lossy(bad));
        }
        assert_eq!(members(b" {} "), Some(vec![]));
    }
}
