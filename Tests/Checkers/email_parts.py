"""Parses an .eml file with Python's email package under policy.strict and prints what a mail client sees.

Usage: email_parts.py FILE
Prints one line per header (Subject, From, To, Date, Message-ID), the content type, and for each part its
content type and first line; exits 1 when the message does not parse or lacks a plain-text or HTML part.
"""
import email
import email.policy
import sys


def main() -> int:
    with open(sys.argv[1], "rb") as file:
        message = email.message_from_bytes(file.read(), policy=email.policy.strict)
    for name in ("Subject", "From", "To", "Date", "Message-ID"):
        print(f"{name}: {message[name]}")
    print(f"Content-Type: {message.get_content_type()}")
    parts = {}
    for part in message.iter_parts():
        content = part.get_content()
        parts[part.get_content_type()] = content
        print(f"part {part.get_content_type()} {part['Content-Transfer-Encoding']}: {content.splitlines()[0]}")
    if message.get_content_type() != "multipart/alternative" or set(parts) != {"text/plain", "text/html"}:
        print("not multipart/alternative with a plain-text and an HTML part", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
