package com.disputedesk.core.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The font reports are drawn with (the evidence pack's PDF, the /stats chart): one that has Chinese characters, so a
 * team working in Chinese reads its labels, not boxes. None ships with Java, so one is looked for on the machine:
 * first where the common CJK fonts lie (WenQuanYi on Debian and Ubuntu, Droid, Noto, Windows' and macOS's own), then
 * in every font folder. A machine without one gets the font bundled with the bot: a subset of WenQuanYi Micro Hei
 * with the 3,755 common characters and every character of the bot's own Chinese texts (a rarer character in a
 * buyer's name then shows as "?", and the report says so).
 *
 * @param file    the font file, empty when no CJK font was found
 * @param psName  the PostScript name of the font inside the file (a collection holds several)
 * @param awtBase the font at size 1, for drawing; a logical sans-serif font when none was found
 */
public record ReportFont(Optional<Path> file, String psName, Font awtBase) {
    /** Characters a Chinese report uses: a font that shows these shows the labels. */
    public static final String CJK_SAMPLE = "案件退款证据最近天数原因已关闭";

    private static final Logger log = LoggerFactory.getLogger(ReportFont.class);

    /** Where common CJK fonts lie, TrueType outlines first (a PDF embeds those). */
    static final List<Path> KNOWN = Stream.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/arphic/ukai.ttc",
            "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simsun.ttc",
            "/System/Library/Fonts/STHeiti Light.ttc",
            "/Library/Fonts/Arial Unicode.ttf",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc").map(Path::of).toList();

    /** Folders searched when no known file is there. */
    static List<Path> fontFolders() {
        String home = System.getProperty("user.home", "");
        return Stream.of("/usr/share/fonts", "/usr/local/share/fonts", home + "/.fonts", home + "/.local/share/fonts",
                "C:/Windows/Fonts", "/Library/Fonts", "/System/Library/Fonts").map(Path::of).toList();
    }

    /** The bundled subset of WenQuanYi Micro Hei (see fonts/NOTICE.txt beside it). */
    static final String BUNDLED = "/fonts/wqy-microhei-common.ttf";

    private static volatile ReportFont found;

    /** The machine's CJK font, else the bundled one; looked for once per process. */
    public static ReportFont find() {
        ReportFont f = found;
        if (f == null) {
            synchronized (ReportFont.class) {
                if (found == null) {
                    ReportFont onMachine = search(KNOWN, fontFolders());
                    found = onMachine.coversCjk() ? onMachine : bundled().orElse(onMachine);
                    log.info(found.coversCjk() ? "reports draw Chinese with {}" : "no CJK font found{}",
                            found.file().map(Path::toString).orElse(": Chinese labels in reports show as boxes"));
                }
                f = found;
            }
        }
        return f;
    }

    /**
     * The font bundled with the bot, copied once to a temporary file (the PDF embeds fonts from files); empty when
     * it cannot be (no writable temporary folder).
     */
    public static Optional<ReportFont> bundled() {
        Headless.ensure();
        try (InputStream in = ReportFont.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                return Optional.empty();
            }
            Path copy = Files.createTempFile("disputedesk-font-", ".ttf");
            copy.toFile().deleteOnExit();
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return load(copy);
        } catch (IOException | RuntimeException e) {
            log.warn("the bundled Chinese font cannot be used: {}", e.toString());
            return Optional.empty();
        }
    }

    /** The first of {@code files}, else of the fonts in {@code folders}, that shows {@link #CJK_SAMPLE}. */
    public static ReportFont search(List<Path> files, List<Path> folders) {
        Headless.ensure();
        for (Path p : files) {
            Optional<ReportFont> f = load(p);
            if (f.isPresent()) {
                return f.get();
            }
        }
        for (Path folder : folders) {
            for (Path p : fontFiles(folder)) {
                Optional<ReportFont> f = load(p);
                if (f.isPresent()) {
                    return f.get();
                }
            }
        }
        return latin();
    }

    /** The fallback: Java's logical sans-serif font, without Chinese characters on a machine that has no CJK font. */
    public static ReportFont latin() {
        Headless.ensure();
        return new ReportFont(Optional.empty(), "", new Font(Font.SANS_SERIF, Font.PLAIN, 1));
    }

    /** True when the font shows Chinese characters. */
    public boolean coversCjk() {
        return file.isPresent() && shows(CJK_SAMPLE);
    }

    /** True when every character of {@code text} has a glyph in this font. */
    public boolean shows(String text) {
        return awtBase.canDisplayUpTo(text) == -1;
    }

    /** The font at {@code size} points, in {@code style} (Font.PLAIN, Font.BOLD). */
    public Font awt(int style, float size) {
        return awtBase.deriveFont(style, size);
    }

    private static Optional<ReportFont> load(Path p) {
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            return Optional.empty();
        }
        try {
            for (Font font : Font.createFonts(p.toFile())) {
                if (font.canDisplayUpTo(CJK_SAMPLE) == -1) {
                    return Optional.of(new ReportFont(Optional.of(p), font.getPSName(), font.deriveFont(1f)));
                }
            }
        } catch (IOException | FontFormatException | RuntimeException e) {
            log.debug("font {} not usable: {}", p, e.toString());
        }
        return Optional.empty();
    }

    private static List<Path> fontFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder, 6)) {
            List<Path> out = new ArrayList<>(walk.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".ttf") || n.endsWith(".ttc") || n.endsWith(".otf");
            }).toList());
            // TrueType before OpenType/CFF: a PDF can embed the former
            out.sort(Comparator.comparing((Path p) -> p.toString().toLowerCase(Locale.ROOT).endsWith(".otf"))
                    .thenComparing(Path::toString));
            return out;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
