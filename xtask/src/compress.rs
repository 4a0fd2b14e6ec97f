//! Precompressed copies of the published files (`file.br` at brotli quality 11, `file.gz` at gzip
//! level 9), made in Rust so no `brotli` or `gzip` tool is needed: the dev server sends them as a
//! host or CDN would, and the sizes the build prints and the benchmark reports are theirs.
//! A file whose bytes equal the previous build's copy keeps that build's compressed copies, so an
//! unchanged site is not compressed again.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Writes `f.br` and `f.gz` next to each of `files`, reusing those of the same-named file in
/// `previous` (the folder the last build published) when its bytes are the same. Uses every core.
pub fn precompress(files: &[PathBuf], previous: Option<&Path>) -> Result<(), String> {
    // Largest first, so that the cores finish together.
    let mut files: Vec<&PathBuf> = files.iter().collect();
    files.sort_by_key(|f| std::cmp::Reverse(fs::metadata(f).map_or(0, |m| m.len())));
    let next = AtomicUsize::new(0);
    let failure = Mutex::new(None);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).min(files.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                while let Some(file) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
                    if let Err(e) = one(file, previous) {
                        failure.lock().unwrap_or_else(|p| p.into_inner()).get_or_insert(e);
                    }
                }
            });
        }
    });
    failure.into_inner().unwrap_or_else(|p| p.into_inner()).map_or(Ok(()), Err)
}

fn one(file: &Path, previous: Option<&Path>) -> Result<(), String> {
    let bytes = fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    if let Some(old) = previous.and_then(|dir| Some(dir.join(file.file_name()?))) {
        let (br, gz) = (variant(&old, "br"), variant(&old, "gz"));
        if br.is_file() && gz.is_file() && fs::read(&old).is_ok_and(|o| o == bytes) {
            fs::copy(&br, variant(file, "br")).map_err(|e| e.to_string())?;
            fs::copy(&gz, variant(file, "gz")).map_err(|e| e.to_string())?;
            return Ok(());
        }
    }
    write(&variant(file, "br"), &brotli(&bytes)?)?;
    write(&variant(file, "gz"), &gzip(&bytes)?)
}

/// Brotli at quality 11 with a 16 MiB window: what `brotli -q 11` writes.
pub fn brotli(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 24, size_hint: bytes.len(), ..Default::default() };
    let mut out = Vec::with_capacity(bytes.len() / 3);
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).map_err(|e| format!("brotli: {e}"))?;
    Ok(out)
}

/// Gzip at level 9, without a file name or time stamp: what `gzip -9 -n` writes.
pub fn gzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut encoder = flate2::GzBuilder::new().write(Vec::with_capacity(bytes.len() / 3), flate2::Compression::best());
    encoder.write_all(bytes).map_err(|e| format!("gzip: {e}"))?;
    encoder.finish().map_err(|e| format!("gzip: {e}"))
}

/// `path` + `.ext` (`a.wasm` → `a.wasm.br`).
pub fn variant(path: &Path, ext: &str) -> PathBuf {
    path.with_file_name(format!("{}.{ext}", path.file_name().unwrap_or_default().to_string_lossy()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn both_encodings_round_trip_and_shrink_text() {
        let text = "Preventiewijzer: materiaal over loverboys voor ouders en leraren. ".repeat(200);
        let br = brotli(text.as_bytes()).unwrap();
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut back).unwrap();
        assert_eq!(back, text.as_bytes());
        let gz = gzip(text.as_bytes()).unwrap();
        let mut back = String::new();
        flate2::read::GzDecoder::new(&gz[..]).read_to_string(&mut back).unwrap();
        assert_eq!(back, text);
        assert!(br.len() < gz.len() && gz.len() < text.len() / 10, "br {} gz {} raw {}", br.len(), gz.len(), text.len());
    }
}
