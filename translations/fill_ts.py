#!/usr/bin/env python3
"""Fill unfinished messages of a Qt .ts file from a dictionary module.

The .ts files are where the translations live. After lupdate has added new messages, write
a small dictionary with translations for the new (unfinished) messages only, outside the
repository (for example /tmp/zh_new.py), apply it, and keep only the .ts file:

    python3 translations/fill_ts.py translations/uniondesk_zh_CN.ts /tmp/zh_new.py
    python3 translations/fill_ts.py --english-plurals translations/uniondesk_en.ts

The file is edited as text, message by message, so lupdate's layout stays as it is.
The dictionary module defines T {source: translation}, and optionally
C {(context suffix, source): translation} for one context and FIX for finished entries
to be replaced. A T key that ends in a newline and is longer than 40 characters also
matches sources that start with it (for long help texts).
Only unfinished messages (and FIX entries) are changed; finished ones are left alone.
Prints the messages still unfinished; exits 1 if there are any.
"""
import html
import re
import runpy
import sys

MESSAGE = re.compile(r'(<message( numerus="yes")?>)(.*?)(</message>)', re.S)
CONTEXT = re.compile(r'<context>\s*<name>(.*?)</name>(.*?)</context>', re.S)


def esc(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def lookup(d, ctx, src):
    suffix = ctx.split('::')[-1]
    for key in ((suffix, src), (ctx, src)):
        if key in d.get('C', {}):
            return d['C'][key]
    t = d['T']
    if src in t:
        return t[src]
    for k, v in t.items():
        if k.endswith('\n') and len(k) > 40 and src.startswith(k):
            return v
    return None


def english_plural(src):
    """Singular and plural English for a %n source written as 'member(s)'."""
    one = src.replace('(s)', '')
    one = one.replace('member without a birth date or gender are', 'member without a birth date or gender is')
    one = one.replace('row have errors', 'row has errors')
    one = one.replace('could not be read (highlighted): set their months', 'could not be read (highlighted): set its months')
    if src == '%n sub-unions':
        one = '%n sub-union'
    return one, src.replace('(s)', 's')


def main(argv):
    english = argv[1] == '--english-plurals'
    path = argv[2] if english else argv[1]
    d = {} if english else runpy.run_path(argv[2])
    text = open(path, encoding='utf-8').read()
    missing = []

    def fill_context(cm):
        ctx = html.unescape(cm.group(1))

        def fill(m):
            body = m.group(3)
            src = html.unescape(re.search(r'<source>(.*?)</source>', body, re.S).group(1))
            numerus = bool(m.group(2))
            fixed = d.get('FIX', {}).get((ctx.split('::')[-1], src))
            if 'type="unfinished"' not in body and fixed is None:
                return m.group(0)
            if english:
                if not numerus:
                    return m.group(0)
                one, other = english_plural(src)
                forms = ''.join('\n            <numerusform>%s</numerusform>' % esc(f) for f in (one, other))
                new = '<translation>%s\n        </translation>' % forms
            else:
                tr = fixed if fixed is not None else lookup(d, ctx, src)
                if tr is None:
                    missing.append((ctx, src))
                    return m.group(0)
                if numerus:
                    new = '<translation>\n            <numerusform>%s</numerusform>\n        </translation>' % esc(tr)
                else:
                    new = '<translation>%s</translation>' % esc(tr)
            body = re.sub(r'<translation[^>]*?/>|<translation[^>]*>.*?</translation>',
                          lambda _: new, body, count=1, flags=re.S)
            return m.group(1) + body + m.group(4)

        return cm.group(0)[:cm.start(2) - cm.start(0)] + MESSAGE.sub(fill, cm.group(2)) + '</context>'

    text = CONTEXT.sub(fill_context, text)
    open(path, 'w', encoding='utf-8').write(text)
    for ctx, src in missing:
        print('unfinished: %s | %r' % (ctx, src))
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
