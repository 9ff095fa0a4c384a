package org.committeeacademy.curriculum.content;

/**
 * Why a descriptor was refused: the file (relative to modules/), the line where known (1-based, else null), and what
 * is wrong in words an editor of the content understands (English, as in modules/README.md).
 */
public record DescriptorProblem(String file, Integer line, String message) {

    @Override
    public String toString() {
        return line == null ? file + ": " + message : file + ":" + line + ": " + message;
    }
}
