//! Packs named files into one byte blob and reads them back as zero-copy slices.

use std::fmt;

use tantivy::directory::OwnedBytes;

const MAGIC: &[u8; 4] = b"PWI1";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError(pub String);

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "packed index is damaged: {}", self.0)
    }
}

pub fn pack(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::from(&MAGIC[..]);
    out.extend((files.len() as u32).to_le_bytes());
    for (name, bytes) in files {
        out.extend((name.len() as u32).to_le_bytes());
        out.extend(name.as_bytes());
        out.extend((bytes.len() as u64).to_le_bytes());
        out.extend(bytes);
    }
    out
}

/// The files in `packed`, each a slice sharing `packed`'s memory.
pub fn unpack(packed: &OwnedBytes) -> Result<Vec<(String, OwnedBytes)>, PackError> {
    let data = packed.as_slice();
    let mut at = 0usize;
    let mut take = |n: usize| -> Result<std::ops::Range<usize>, PackError> {
        let end = at.checked_add(n).filter(|e| *e <= data.len()).ok_or_else(|| PackError("truncated".into()))?;
        let r = at..end;
        at = end;
        Ok(r)
    };
    if data.get(take(4)?) != Some(&MAGIC[..]) {
        return Err(PackError("wrong magic bytes".into()));
    }
    let count = u32::from_le_bytes(data[take(4)?].try_into().unwrap());
    let mut files = Vec::new();
    for _ in 0..count {
        let name_len = u32::from_le_bytes(data[take(4)?].try_into().unwrap()) as usize;
        let name = std::str::from_utf8(&data[take(name_len)?]).map_err(|_| PackError("file name is not UTF-8".into()))?.to_string();
        let len = u64::from_le_bytes(data[take(8)?].try_into().unwrap());
        let range = take(usize::try_from(len).map_err(|_| PackError("file too large".into()))?)?;
        files.push((name, packed.slice(range)));
    }
    Ok(files)
}
