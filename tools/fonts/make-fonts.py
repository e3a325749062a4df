"""Makes the two fonts the PDF export embeds, from Debian's fonts-liberation2 (2.1.5).

Liberation Sans is under the SIL Open Font License 1.1 with the Reserved Font Names
"Liberation", "Arimo", "Tinos" and "Cousine". A subset is a Modified Version, so the result is
renamed "Vendorplan Sans" (OFL condition 3). Run from the repository root:

    apt-get install fonts-liberation2 && pip install fonttools
    python3 tools/fonts/make-fonts.py
"""
from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE = "/usr/share/fonts/truetype/liberation2/LiberationSans-{}.ttf"
TARGET = "crates/vendorplan-document/fonts/VendorplanSans-{}.ttf"
# Latin-1, Latin Extended-A, the Romanian comma letters, punctuation, euro, arrows, minus.
UNICODES = (
    "U+0020-007E,U+00A0-017F,U+0218-021B,U+2010-2027,U+2030,U+2039,U+203A,"
    "U+20AC,U+2122,U+2190-2193,U+2212"
)

for style in ("Regular", "Bold"):
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "kern", "DSIG", "FFTM", "gasp"]
    options.name_IDs = [0, 13, 14]
    font = TTFont(SOURCE.format(style))
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
    subsetter.subset(font)
    names = font["name"]
    family = "Vendorplan Sans"
    for id_, value in ((1, family), (2, style), (4, f"{family} {style}"), (6, f"VendorplanSans-{style}")):
        names.setName(value, id_, 3, 1, 0x409)
    font.save(TARGET.format(style))
    print(TARGET.format(style))
