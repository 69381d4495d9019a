"""Message IDs already handled, kept in a file so a restart still recognises a redelivered message."""
import os


class SeenIds:
    def __init__(self, path):
        self.path = path
        self.ids = set()
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                self.ids = {line.strip() for line in f if line.strip()}

    def __contains__(self, message_id):
        return message_id in self.ids

    def add(self, message_id):
        self.ids.add(message_id)
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(message_id + "\n")
