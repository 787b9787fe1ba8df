package org.songngu.core.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.songngu.core.io.AtomicFileWriter;

/**
 * Saves and loads projects as versioned, pretty-printed UTF-8 JSON (see
 * docs/decisions/0004-project-file.md for the format). Saving is atomic and keeps the previous
 * file as {@code NAME.bak}.
 */
public final class ProjectFile {

    /** The folder, relative to the working folder, where projects go unless the user picks another. */
    public static final String DEFAULT_FOLDER = "alignments";

    /** The file name ending of project files. */
    public static final String EXTENSION = ".songngu.json";

    /** The format this version writes and the newest it reads. */
    public static final int FORMAT_VERSION = ProjectFormat.VERSION;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            // A later version may add fields (a glossary); this one must still open such files.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // An offset or id of 2.7 is a damaged file, not a 2.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    // "\n" rather than the platform's line end, so that the same project gives the same bytes everywhere.
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private static final Pattern SOURCE_NOTE = Pattern.compile("\\s*\\(start marker at \\[Source: .*\\]\\)");

    private ProjectFile() {
    }

    /** Saves atomically, keeping a previous file as {@code NAME.bak}. */
    public static void save(Project project, Path file) throws ProjectFileException {
        save(file, out -> write(project, out), true);
    }

    /** The seam tests use to make the serializer fail halfway. */
    static void save(Path file, AtomicFileWriter.Content content, boolean keepBackup) throws ProjectFileException {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new ProjectFileException(file + ": could not be saved: the folder " + folder + " does not exist");
        }
        // Checked up front so that the message names the folder, not the temporary file it refused.
        if (!Files.isWritable(folder)) {
            throw new ProjectFileException(file + ": could not be saved: the folder " + folder + " is not writable");
        }
        try {
            AtomicFileWriter.write(file, content, keepBackup);
        } catch (IOException e) {
            throw new ProjectFileException(file + ": could not be saved: " + describe(e), e);
        }
    }

    static void write(Project project, OutputStream out) throws IOException {
        WRITER.writeValue(out, ProjectFormat.toJson(project));
        out.write('\n');
    }

    /** Loads a project, refusing files of a newer format; the exception message is fit for the user. */
    public static Project load(Path file) throws ProjectFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file + ": no such file", e);
        } catch (IOException e) {
            throw new ProjectFileException(file + ": could not be read: " + describe(e), e);
        }
        Optional<ProjectJson> direct = readDirectly(bytes);
        if (direct.isPresent()) {
            return ProjectFormat.fromJson(direct.get(), file.toString());
        }
        return loadCarefully(file, bytes);
    }

    /**
     * A well-formed project of this format version, read straight from the bytes; empty for anything
     * else, which {@link #loadCarefully} then reads again to say what is wrong. Reading without
     * decoding and without a tree first makes large projects open several times faster.
     */
    private static Optional<ProjectJson> readDirectly(byte[] bytes) {
        try {
            ProjectJson json = MAPPER.readValue(bytes, ProjectJson.class);
            Integer version = json == null ? null : json.formatVersion();
            return version != null && version >= 1 && version <= FORMAT_VERSION ? Optional.of(json) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Reads step by step, so that a damaged or newer file gets a message naming what is wrong. */
    private static Project loadCarefully(Path file, byte[] bytes) throws ProjectFileException {
        String content;
        try {
            content = decode(bytes);
        } catch (CharacterCodingException e) {
            throw new ProjectFileException(file + ": is not UTF-8 text, so not a Song Ngữ project", e);
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(file + ": not valid JSON at " + where(e.getLocation()) + ": "
                    + withoutSource(e.getOriginalMessage()), e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ProjectFileException(file + ": is empty, not a Song Ngữ project");
        }
        if (!tree.isObject()) {
            throw new ProjectFileException(file + ": is not a Song Ngữ project (expected a JSON object)");
        }
        checkVersion(tree.get("formatVersion"), file);
        ProjectJson json;
        try {
            json = MAPPER.treeToValue(tree, ProjectJson.class);
        } catch (MismatchedInputException e) {
            throw new ProjectFileException(file + ": field '" + path(e.getPath()) + "' must be "
                    + kind(e.getTargetType()), e);
        } catch (DatabindException | IllegalArgumentException e) {
            throw new ProjectFileException(file + ": could not be read: " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(file + ": could not be read: " + e.getOriginalMessage(), e);
        }
        return ProjectFormat.fromJson(json, file.toString());
    }

    /** The version is checked before anything else: a newer format may change what other fields mean. */
    private static void checkVersion(JsonNode version, Path file) throws ProjectFileException {
        if (version == null || version.isNull()) {
            throw new ProjectFileException(file + ": field 'formatVersion' is missing");
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            throw new ProjectFileException(file + ": field 'formatVersion' must be a whole number");
        }
        int value = version.intValue();
        if (value > FORMAT_VERSION) {
            throw new ProjectFileException(file + ": written by a newer Song Ngữ (format " + value
                    + "); this version reads format " + FORMAT_VERSION);
        }
        if (value < 1) {
            throw new ProjectFileException(file + ": field 'formatVersion' is " + value
                    + "; this version reads format " + FORMAT_VERSION);
        }
    }

    /**
     * Decodes before parsing so that Jackson counts columns in characters, as an editor does, not in
     * bytes; a byte-order mark from a Windows editor is dropped.
     */
    private static String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Jackson appends where an unclosed object began, naming a hidden source; the line and column say enough. */
    private static String withoutSource(String message) {
        return SOURCE_NOTE.matcher(message).replaceAll("");
    }

    private static String where(JsonLocation location) {
        if (location == null) {
            return "an unknown position";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "of another kind";
        }
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    /** Says what went wrong in words, not as the exception class name that getMessage() alone can lack. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied for " + denied.getFile();
        }
        if (e instanceof NoSuchFileException missing) {
            return "no such file or folder " + missing.getFile();
        }
        if (e instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason() + " (" + system.getFile() + ")";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
