//! A TrueType subset that keeps glyph ids: the outlines of unused glyphs are emptied and every
//! table a PDF reader does not need is dropped. Keeping the ids means no re-encoding of the
//! text (the PDF uses glyph ids directly). The `subsetter` crate does this and more, but costs
//! over 500 KB of wasm; our fonts are simple TrueType with `glyf` outlines, which this handles.

use std::collections::BTreeSet;

/// Tables a PDF reader uses from an embedded TrueType font (ISO 32000-1, 9.9).
const KEEP: [&[u8; 4]; 9] = [
    b"OS/2", b"cmap", b"glyf", b"head", b"hhea", b"hmtx", b"loca", b"maxp", b"post",
];

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, chunk| {
        let mut word = [0u8; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

/// The font with only the outlines of `used` (and the glyphs composite glyphs are built
/// from, and glyph 0); `None` if the font is not the simple TrueType this expects.
pub fn glyf(font: &[u8], used: &BTreeSet<u16>) -> Option<Vec<u8>> {
    let count = usize::from(u16_at(font, 4)?);
    let mut tables = Vec::new();
    for i in 0..count {
        let at = 12 + 16 * i;
        let tag: [u8; 4] = font.get(at..at + 4)?.try_into().ok()?;
        let offset = u32_at(font, at + 8)? as usize;
        let length = u32_at(font, at + 12)? as usize;
        tables.push((tag, font.get(offset..offset + length)?));
    }
    let table = |tag: &[u8; 4]| tables.iter().find(|(t, _)| t == tag).map(|(_, d)| *d);
    let head = table(b"head")?;
    let long_loca = u16_at(head, 50)? == 1;
    let glyphs = usize::from(u16_at(table(b"maxp")?, 4)?);
    let loca = table(b"loca")?;
    let glyf = table(b"glyf")?;
    let range = |g: usize| -> Option<(usize, usize)> {
        if long_loca {
            Some((
                u32_at(loca, g * 4)? as usize,
                u32_at(loca, g * 4 + 4)? as usize,
            ))
        } else {
            Some((
                usize::from(u16_at(loca, g * 2)?) * 2,
                usize::from(u16_at(loca, g * 2 + 2)?) * 2,
            ))
        }
    };

    // Glyph 0 and the components of composite glyphs are needed too.
    let mut keep: BTreeSet<u16> = used.iter().copied().chain([0]).collect();
    let mut todo: Vec<u16> = keep.iter().copied().collect();
    while let Some(g) = todo.pop() {
        let (start, end) = range(usize::from(g))?;
        let data = glyf.get(start..end)?;
        if data.len() < 10 || (u16_at(data, 0)? as i16) >= 0 {
            continue;
        }
        let mut at = 10;
        loop {
            let flags = u16_at(data, at)?;
            let component = u16_at(data, at + 2)?;
            if keep.insert(component) {
                todo.push(component);
            }
            at += 4 + if flags & 0x0001 != 0 { 4 } else { 2 };
            at += match flags {
                f if f & 0x0008 != 0 => 2,
                f if f & 0x0040 != 0 => 4,
                f if f & 0x0080 != 0 => 8,
                _ => 0,
            };
            if flags & 0x0020 == 0 {
                break;
            }
        }
    }

    let mut new_glyf = Vec::new();
    let mut new_loca = Vec::with_capacity((glyphs + 1) * 4);
    for g in 0..glyphs {
        new_loca.extend_from_slice(&(new_glyf.len() as u32).to_be_bytes());
        if keep.contains(&(g as u16)) {
            let (start, end) = range(g)?;
            new_glyf.extend_from_slice(glyf.get(start..end)?);
            while new_glyf.len() % 4 != 0 {
                new_glyf.push(0);
            }
        }
    }
    new_loca.extend_from_slice(&(new_glyf.len() as u32).to_be_bytes());
    let mut new_head = head.to_vec();
    new_head.get_mut(8..12)?.copy_from_slice(&[0; 4]);
    new_head
        .get_mut(50..52)?
        .copy_from_slice(&1u16.to_be_bytes());

    let mut out_tables: Vec<([u8; 4], Vec<u8>)> = Vec::new();
    for (tag, data) in &tables {
        if !KEEP.contains(&tag) {
            continue;
        }
        let data = match tag {
            b"glyf" => std::mem::take(&mut new_glyf),
            b"loca" => std::mem::take(&mut new_loca),
            b"head" => new_head.clone(),
            _ => data.to_vec(),
        };
        out_tables.push((*tag, data));
    }
    out_tables.sort_by_key(|(tag, _)| *tag);

    let n = out_tables.len() as u16;
    let entry_selector = 15 - n.leading_zeros() as u16;
    let search_range = (1u16 << entry_selector) * 16;
    let mut out = Vec::new();
    out.extend_from_slice(&0x0001_0000u32.to_be_bytes());
    out.extend_from_slice(&n.to_be_bytes());
    out.extend_from_slice(&search_range.to_be_bytes());
    out.extend_from_slice(&entry_selector.to_be_bytes());
    out.extend_from_slice(&(n * 16 - search_range).to_be_bytes());
    let mut offset = 12 + 16 * out_tables.len();
    let mut head_at = None;
    for (tag, data) in &out_tables {
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(data).to_be_bytes());
        out.extend_from_slice(&(offset as u32).to_be_bytes());
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        if tag == b"head" {
            head_at = Some(offset);
        }
        offset += data.len().div_ceil(4) * 4;
    }
    for (_, data) in &out_tables {
        out.extend_from_slice(data);
        while out.len() % 4 != 0 {
            out.push(0);
        }
    }
    let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
    let at = head_at? + 8;
    out.get_mut(at..at + 4)?
        .copy_from_slice(&adjustment.to_be_bytes());
    Some(out)
}

/// The six-letter tag that names a subset (ISO 32000-1, 9.6.4), from the glyphs it holds, so
/// that the same text gives the same file.
pub fn tag(glyphs: &BTreeSet<u16>) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for g in glyphs {
        for b in g.to_be_bytes() {
            hash = (hash ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
    }
    (0..6)
        .map(|i| char::from(b'A' + ((hash >> (i * 5)) % 26) as u8))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_subset_keeps_used_outlines_and_ids() {
        let font = super::super::REGULAR;
        let face = ttf_parser::Face::parse(font, 0).unwrap();
        let a = face.glyph_index('a').unwrap();
        let e_acute = face.glyph_index('é').unwrap();
        let z = face.glyph_index('z').unwrap();
        let used = BTreeSet::from([a.0, e_acute.0]);
        let small = glyf(font, &used).unwrap();
        assert!(small.len() < font.len());
        let sub = ttf_parser::Face::parse(&small, 0).expect("the subset is a valid font");
        assert_eq!(sub.number_of_glyphs(), face.number_of_glyphs());
        assert_eq!(sub.glyph_index('a'), Some(a));
        let outline = |f: &ttf_parser::Face, g| f.glyph_bounding_box(g);
        assert_eq!(outline(&sub, a), outline(&face, a));
        assert_eq!(outline(&sub, e_acute), outline(&face, e_acute));
        assert_eq!(outline(&sub, z), None, "unused outlines are dropped");
        assert_eq!(
            checksum(&small),
            0xB1B0_AFBA,
            "the whole-font checksum is right"
        );
    }
}
