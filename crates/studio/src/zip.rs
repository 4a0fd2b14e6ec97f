//! A zip archive of stored (uncompressed) files: the download of a data folder. The records and
//! the index are the only content, and hosts compress what they serve anyway, so storing keeps
//! this small and exact (the widget's own files are not in it).

/// The zip archive of `files` (name, bytes), stored, without timestamps (1980-01-01).
pub fn stored(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, bytes) in files {
        let offset = out.len() as u32;
        let crc = crc32(bytes);
        let header = |out: &mut Vec<u8>, central_entry: bool| {
            out.extend_from_slice(if central_entry { &[0x50, 0x4b, 0x01, 0x02, 20, 0] } else { &[0x50, 0x4b, 0x03, 0x04] });
            // version needed 2.0; flags: bit 11, the name is UTF-8; method 0 (stored); time 0; date 1980-01-01.
            for v in [20u16, 1 << 11, 0, 0, 0x21] {
                out.extend_from_slice(&v.to_le_bytes());
            }
            for v in [crc, bytes.len() as u32, bytes.len() as u32] {
                out.extend_from_slice(&v.to_le_bytes());
            }
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes()); // no extra field
            if central_entry {
                // comment length, disk, internal and external attributes, local header offset
                for v in [0u16, 0, 0] {
                    out.extend_from_slice(&v.to_le_bytes());
                }
                out.extend_from_slice(&0u32.to_le_bytes());
                out.extend_from_slice(&offset.to_le_bytes());
            }
            out.extend_from_slice(name.as_bytes());
        };
        header(&mut out, false);
        out.extend_from_slice(bytes);
        header(&mut central, true);
    }
    let (central_offset, central_size) = (out.len() as u32, central.len() as u32);
    out.extend_from_slice(&central);
    out.extend_from_slice(&[0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0]);
    let count = files.len() as u16;
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&central_size.to_le_bytes());
    out.extend_from_slice(&central_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

/// CRC-32 (IEEE), as zip requires.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xedb8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_is_the_standard_one() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    }

    #[test]
    fn an_archive_lists_each_file_with_its_bytes_stored() {
        let zip = stored(&[("a.json".into(), b"{}".to_vec()), ("b.pwi".into(), vec![0, 1, 2])]);
        assert_eq!(&zip[..4], b"PK\x03\x04");
        assert_eq!(&zip[30..36], b"a.json");
        assert_eq!(&zip[36..38], b"{}");
        let end = &zip[zip.len() - 22..];
        assert_eq!(&end[..4], b"PK\x05\x06");
        assert_eq!(u16::from_le_bytes([end[10], end[11]]), 2);
    }
}
