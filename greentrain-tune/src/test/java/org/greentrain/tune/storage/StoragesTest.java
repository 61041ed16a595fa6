package org.greentrain.tune.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Storage URLs and connection errors that need no database server. */
class StoragesTest {

    @Test
    void anUnreachableServerGivesOneLineNamingHostAndPort() {
        assertThatThrownBy(() -> Storages.open("postgresql://u:p@127.0.0.1:1/nodb"))
                .isInstanceOf(StorageException.class)
                .hasMessageStartingWith("cannot connect to PostgreSQL at 127.0.0.1:1 as user 'u'")
                .hasMessageContaining("check that the server runs")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void urlsAreTranslated() {
        Storages.Pg pg = Storages.postgres("postgresql://me:p%40ss@db.example:6543/study?sslmode=require");
        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/study?sslmode=require");
        assertThat(pg.user()).isEqualTo("me");
        assertThat(pg.password()).isEqualTo("p@ss");
        assertThat(Storages.postgres("postgres://h/db").jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db");
        assertThatThrownBy(() -> Storages.postgres("postgresql://h:5432/")).hasMessageContaining("no database name");
    }
}
