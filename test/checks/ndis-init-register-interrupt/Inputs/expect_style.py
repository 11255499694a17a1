# Checks that a fixed file kept its style: every line ends in CRLF, no line
# is indented with spaces, and the expected lines are present.
import sys

data = open(sys.argv[1], 'rb').read()
expected = [line.encode().decode('unicode_escape').encode() for line in sys.argv[2:]]
lines = data.split(b'\r\n')
if b'\n' in data.replace(b'\r\n', b''):
    sys.exit('a line ends in LF alone')
if any(line.startswith(b' ') for line in lines):
    sys.exit('a line is indented with spaces')
for want in expected:
    if want not in lines:
        sys.exit('missing line: %r' % want)
print('style kept')
