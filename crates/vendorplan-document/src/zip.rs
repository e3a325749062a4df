//! The smallest ZIP writer an Office Open XML package needs: every part deflated, one central
//! directory, no ZIP64, no extra fields. A general ZIP crate would add far more to the wasm
//! build than these few lines.
//!
//! The archive has no clock in it (every entry is dated 1980-01-01 00:00, the earliest DOS
//! date), so the same parts always give the same bytes.

/// DOS date of 1980-01-01: year 0 since 1980 in bits 9.., month 1 in bits 5..8, day 1.
const DOS_DATE: u16 = (1 << 5) | 1;
const DOS_TIME: u16 = 0;
/// "Version needed to extract" 2.0: the first version with DEFLATE.
const VERSION: u16 = 20;
const DEFLATE: u16 = 8;
/// General-purpose flag bit 11: the entry name is UTF-8.
const UTF8_NAMES: u16 = 1 << 11;

/// Packs `(name, contents)` pairs into a ZIP archive, in the order given (an Office package
/// wants `[Content_Types].xml` first, so callers list it first).
///
/// Sizes and offsets are 32-bit and the entry count 16-bit, as in a ZIP without its ZIP64
/// extension. The renderer writes about ten parts, and a part of 4 GiB could not even be held
/// in wasm32's memory; a larger archive is refused with a panic rather than written corrupt.
pub(crate) fn write(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, data) in entries {
        let compressed = miniz_oxide::deflate::compress_to_vec(data, 6);
        let header = Header {
            name,
            crc: crc32(data),
            compressed: small(compressed.len()),
            size: small(data.len()),
            offset: small(out.len()),
        };
        header.local(&mut out);
        out.extend_from_slice(&compressed);
        header.central(&mut directory);
    }
    let directory_offset = small(out.len());
    let count = u16::try_from(entries.len()).expect("a ZIP without ZIP64 holds 65,535 entries");
    out.extend_from_slice(&directory);

    // End of central directory record.
    put32(&mut out, 0x0605_4b50);
    put16(&mut out, 0); // this disk
    put16(&mut out, 0); // the disk where the central directory starts
    put16(&mut out, count); // entries on this disk
    put16(&mut out, count); // entries in all
    put32(&mut out, small(directory.len()));
    put32(&mut out, directory_offset);
    put16(&mut out, 0); // comment length
    out
}

/// What the local header and the central directory both say about one entry.
struct Header<'a> {
    name: &'a str,
    crc: u32,
    compressed: u32,
    size: u32,
    offset: u32,
}

impl Header<'_> {
    /// The fields shared by both headers, from "version needed" through "extra field length".
    fn common(&self, out: &mut Vec<u8>) {
        put16(out, VERSION);
        put16(out, UTF8_NAMES);
        put16(out, DEFLATE);
        put16(out, DOS_TIME);
        put16(out, DOS_DATE);
        put32(out, self.crc);
        put32(out, self.compressed);
        put32(out, self.size);
        put16(
            out,
            u16::try_from(self.name.len()).expect("part names are short constants"),
        );
        put16(out, 0); // extra field length
    }

    fn local(&self, out: &mut Vec<u8>) {
        put32(out, 0x0403_4b50);
        self.common(out);
        out.extend_from_slice(self.name.as_bytes());
    }

    fn central(&self, out: &mut Vec<u8>) {
        put32(out, 0x0201_4b50);
        put16(out, VERSION); // version made by: MS-DOS (0) host, spec 2.0
        self.common(out);
        put16(out, 0); // comment length
        put16(out, 0); // disk number where the entry starts
        put16(out, 0); // internal attributes
        put32(out, 0); // external attributes
        put32(out, self.offset);
        out.extend_from_slice(self.name.as_bytes());
    }
}

fn small(n: usize) -> u32 {
    u32::try_from(n).expect("a ZIP without ZIP64 stays under 4 GiB")
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// CRC-32 (ISO 3309, as ZIP uses it) with one 1 KB table built at compile time. The
/// `crc32fast` crate is faster, but its 16 KB of tables cost 17 KB of brotli-compressed wasm,
/// for ten small files per document.
fn crc32(data: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut i = 0;
        while i < 256 {
            let mut c = i as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
                k += 1;
            }
            table[i] = c;
            i += 1;
        }
        table
    };
    !data.iter().fold(!0u32, |c, b| {
        TABLE[((c ^ u32::from(*b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_matches_the_zip_format() {
        let data = b"hello hello hello hello".to_vec();
        let zip = write(&[("a.txt", data.clone()), ("b/c.xml", Vec::new())]);
        // First local header, then its deflated data, which inflates back.
        assert_eq!(&zip[..4], &[0x50, 0x4b, 0x03, 0x04]);
        let compressed_len = u32::from_le_bytes([zip[18], zip[19], zip[20], zip[21]]) as usize;
        assert_eq!(&zip[26..28], &5u16.to_le_bytes());
        assert_eq!(&zip[30..35], b"a.txt");
        let inflated =
            miniz_oxide::inflate::decompress_to_vec(&zip[35..35 + compressed_len]).unwrap();
        assert_eq!(inflated, data);
        assert_eq!(&zip[14..18], &crc32(&data).to_le_bytes());
        // The check value of CRC-32/ISO-HDLC.
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        // The end record closes the file and counts two entries.
        let end = zip.len() - 22;
        assert_eq!(&zip[end..end + 4], &[0x50, 0x4b, 0x05, 0x06]);
        assert_eq!(&zip[end + 10..end + 12], &2u16.to_le_bytes());
        // Its directory offset points at the first central header.
        let dir = u32::from_le_bytes([zip[end + 16], zip[end + 17], zip[end + 18], zip[end + 19]]);
        assert_eq!(
            &zip[dir as usize..dir as usize + 4],
            &[0x50, 0x4b, 0x01, 0x02]
        );
    }
}
