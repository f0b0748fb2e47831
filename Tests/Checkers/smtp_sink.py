"""A local SMTP server for the tests: listens on 127.0.0.1, saves each message it receives into a folder
(one file per message, with the envelope as headers X-Envelope-From and X-Envelope-To), and prints its port.

Usage: smtp_sink.py FOLDER
Runs until its standard input ends, so it cannot outlive the test that started it.
"""
import socket
import sys
from pathlib import Path

from aiosmtpd.controller import Controller


class Save:
    def __init__(self, folder: Path):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        envelope_lines = f"X-Envelope-From: {envelope.mail_from}\r\nX-Envelope-To: {', '.join(envelope.rcpt_tos)}\r\n"
        (self.folder / f"{self.count}.eml").write_bytes(envelope_lines.encode() + envelope.original_content)
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main() -> None:
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    controller = Controller(Save(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print(port, flush=True)
    sys.stdin.read()
    controller.stop()


if __name__ == "__main__":
    main()
