/* An empty ICU 73 data library for the Linux test build of the frozen app (installer/egenvard.spec).

   PySide6's Linux wheel links Qt to ICU 73, whose data library (libicudata.so.73) is 32 MB of
   collation and locale tables. The app never asks Qt for them: it sorts and formats in Python,
   and Qt's own tables do case and number formatting. This is ICU's "stub data" idea: a header
   with no entries; ICU then reports missing data where it would have used it (a QCollator
   falls back to comparing code points). Only the Linux build uses it; Windows is left alone.

   Rebuild:  gcc -shared -fPIC -O2 -s -Wl,-soname,libicudata.so.73 -o libicudata.so.73 icudata_stub.c
*/
typedef struct {
    unsigned short headerSize;
    unsigned char magic1, magic2;
    struct {
        unsigned short size, reservedWord;
        unsigned char isBigEndian, charsetFamily, sizeofUChar, reservedByte;
        unsigned char dataFormat[4], formatVersion[4], dataVersion[4];
    } info;
    char padding[8];
    unsigned int count, reserved;
    int toc[4];
} Header;

/* A valid common-data header (little-endian, ASCII, 2-byte UChar) with no entries. */
__attribute__((visibility("default"))) const Header icudt73_dat = {
    32, 0xda, 0x27, {20, 0, 0, 0, 2, 0, {0x54, 0x6f, 0x43, 0x50}, {1, 0, 0, 0}, {0, 0, 0, 0}}, {0}, 0, 0, {0}};
