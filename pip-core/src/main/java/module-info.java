/** pip-core: the PIP domain model, plan documents as JSON, validation and the time model. */
module dev.pip.core {
    requires transitive com.fasterxml.jackson.databind;

    exports dev.pip.core;
    exports dev.pip.core.json;
    exports dev.pip.core.time;
}
