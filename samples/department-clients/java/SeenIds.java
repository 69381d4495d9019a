import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/** Message IDs already handled, kept in a file so a restart still recognises a redelivered message. */
final class SeenIds {
    private final Path file;
    private final Set<String> ids = new HashSet<>();

    SeenIds(String path) throws IOException {
        file = Path.of(path);
        if (Files.exists(file)) {
            Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
        }
    }

    synchronized boolean contains(String id) {
        return ids.contains(id);
    }

    synchronized void add(String id) throws IOException {
        ids.add(id);
        Files.writeString(file, id + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
