package dev.betterauth.core.account;

import java.time.Instant;
import java.util.List;

import dev.betterauth.core.provider.TokenSet;
import dev.betterauth.core.user.User;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountTokensTests {

	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	private final TokenCodec reversing = new TokenCodec() {

		@Override
		public String seal(String token) {
			return (token != null) ? new StringBuilder(token).reverse().toString() : null;
		}

		@Override
		public String open(String stored) {
			return seal(stored);
		}

	};

	private final AccountTokens tokens = new AccountTokens(this.reversing);

	@Test
	void writesEveryTokenTheAnswerCarriesSealed() {
		Account account = account();
		this.tokens.write(account, new TokenSet("at", "rt", "id", T0.plusSeconds(60), T0.plusSeconds(600), List.of()),
				T0.plusSeconds(1));
		assertThat(account.getAccessToken()).isEqualTo("ta");
		assertThat(this.tokens.accessToken(account)).isEqualTo("at");
		assertThat(this.tokens.refreshToken(account)).isEqualTo("rt");
		assertThat(this.tokens.idToken(account)).isEqualTo("id");
		assertThat(account.getAccessTokenExpiresAt()).isEqualTo(T0.plusSeconds(60));
		assertThat(account.getRefreshTokenExpiresAt()).isEqualTo(T0.plusSeconds(600));
		assertThat(account.getUpdatedAt()).isEqualTo(T0.plusSeconds(1));
	}

	@Test
	void leavesWhatTheAnswerDoesNotCarry() {
		Account account = account();
		this.tokens.write(account, new TokenSet("at", "rt", "id", T0.plusSeconds(60), T0.plusSeconds(600), List.of()),
				T0);
		this.tokens.write(account, new TokenSet(null, null, "id-2", null, null, List.of()), T0.plusSeconds(5));
		assertThat(this.tokens.accessToken(account)).isEqualTo("at");
		assertThat(account.getAccessTokenExpiresAt()).isEqualTo(T0.plusSeconds(60));
		assertThat(this.tokens.refreshToken(account)).isEqualTo("rt");
		assertThat(this.tokens.idToken(account)).isEqualTo("id-2");
	}

	private static Account account() {
		return new Account("a-1", "mock", "sub-1", new User("u-1", "Jane", "jane@example.com", true, null, T0), T0);
	}

}
