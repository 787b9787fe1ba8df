package org.songngu.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar's manifest. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = SongNguCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Song Ngữ " + (version == null ? "(development build)" : version)};
    }
}
