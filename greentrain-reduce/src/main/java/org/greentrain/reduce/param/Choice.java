package org.greentrain.reduce.param;

/**
 * An option of a closed set that users type by name, such as a norm or a scoring mode. Enums implement it so that
 * {@link ParamValues#choice} can parse them and list the valid names in its error message.
 */
public interface Choice {

    /** The name users type, lower case, for example {@code linf}. */
    String id();
}
