#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Recoup developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""A real SMTP server on loopback for the e-mail tests (aiosmtpd).

Every message taken is written to OUT/N.json: the envelope (sender,
recipients), the whole message, and what Python's own e-mail parser reads in
it (subject, Message-ID, the text and HTML parts, each attachment's name,
type and SHA-256, and where its bytes were written: OUT/N-I-<name>, for
pdftotext and the like). Prints "READY <port>" once it listens; stops on stdin's end.
"""
import argparse
import hashlib
import json
import os
import socket
import ssl
import sys
from email import policy
from email.parser import BytesParser

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Keeper:
    def __init__(self, out):
        self.out = out
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        message = BytesParser(policy=policy.default).parsebytes(envelope.content)
        text = message.get_body(preferencelist=("plain",))
        html = message.get_body(preferencelist=("html",))
        files = []
        number = self.count + 1
        for i, part in enumerate(message.iter_attachments()):
            data = part.get_payload(decode=True)
            saved = os.path.join(self.out, "%d-%d-%s" % (number, i, os.path.basename(part.get_filename() or "file")))
            with open(saved, "wb") as f:
                f.write(data)
            files.append({"filename": part.get_filename(), "content_type": part.get_content_type(),
                          "sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "path": saved})
        self.count += 1
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "subject": str(message["subject"]),
            "from": str(message["from"]),
            "to": str(message["to"]),
            "message_id": str(message["message-id"]),
            "text": text.get_content() if text else None,
            "html": html.get_content() if html else None,
            "attachments": files,
            "raw": envelope.content.decode("utf-8", "replace"),
        }
        path = os.path.join(self.out, "%d.json" % self.count)
        with open(path + ".part", "w", encoding="utf-8") as f:
            json.dump(record, f)
        os.replace(path + ".part", path)
        return "250 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--out", required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--security", choices=["none", "starttls", "tls"], default="none")
    parser.add_argument("--login", help="USER:PASSWORD the server accepts; without it, no login")
    args = parser.parse_args()

    context = None
    if args.security != "none":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)

    kwargs = {}
    if args.login:
        user, password = args.login.split(":", 1)

        def check(server, session, envelope, mechanism, data):
            ok = isinstance(data, LoginPassword) and data.login == user.encode() and data.password == password.encode()
            # handled=False: aiosmtpd itself answers a refusal with 535.
            return AuthResult(success=ok, handled=False)

        # With TLS from the first byte aiosmtpd does not count the session as
        # encrypted (it only knows STARTTLS), so it would never offer a login.
        kwargs.update(authenticator=check, auth_required=True, auth_require_tls=args.security == "starttls")
    if args.security == "starttls":
        kwargs.update(tls_context=context, require_starttls=True)
    elif args.security == "tls":
        kwargs.update(ssl_context=context)
    port = args.port
    if port == 0:  # a free port of this machine's
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        probe.close()
    controller = Controller(Keeper(args.out), hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    print("READY %d" % port, flush=True)
    sys.stdin.read()
    controller.stop()


if __name__ == "__main__":
    main()
