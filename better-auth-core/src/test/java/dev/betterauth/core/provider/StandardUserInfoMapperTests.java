package dev.betterauth.core.provider;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StandardUserInfoMapperTests {

	private final StandardUserInfoMapper mapper = new StandardUserInfoMapper();

	@Test
	void readsOpenIdClaims() {
		OAuthUserInfo info = this.mapper.map(Map.of("sub", "248289761001", "email", "jane@example.com",
				"email_verified", true, "name", "Jane Doe", "picture", "https://example.com/jane.jpg"));
		assertThat(info)
			.extracting(OAuthUserInfo::id, OAuthUserInfo::email, OAuthUserInfo::emailVerified, OAuthUserInfo::name,
					OAuthUserInfo::image)
			.containsExactly("248289761001", "jane@example.com", true, "Jane Doe", "https://example.com/jane.jpg");
	}

	@Test
	void readsGitHubStyleProfiles() {
		OAuthUserInfo info = this.mapper.map(Map.of("id", 1234567, "login", "octocat", "avatar_url",
				"https://avatars.example.com/u/1", "email", "octo@example.com"));
		assertThat(info.id()).isEqualTo("1234567");
		assertThat(info.name()).isEqualTo("octocat");
		assertThat(info.image()).isEqualTo("https://avatars.example.com/u/1");
		assertThat(info.emailVerified()).as("a missing email_verified counts as false").isFalse();
	}

	@Test
	void subWinsOverIdAndStringTrueCounts() {
		OAuthUserInfo info = this.mapper.map(Map.of("sub", "s", "id", "i", "email_verified", "true"));
		assertThat(info.id()).isEqualTo("s");
		assertThat(info.emailVerified()).isTrue();
		assertThat(this.mapper.map(Map.of("email_verified", "yes")).emailVerified()).isFalse();
		assertThat(this.mapper.map(Map.of("id", 1.5)).id()).isNull();
		assertThat(this.mapper.map(Map.of("sub", " ")).id()).isNull();
	}

	@Test
	void applicationMappersWinForTheProvidersTheyNameOnly() {
		UserInfoMapper custom = UserInfoMapper.forProviders(
				(request) -> new OAuthUserInfo("custom", null, false, null, null, request.profile()), "special");
		UserInfoMapping preset = (request) -> null;
		UserInfoMappers mappers = new UserInfoMappers(List.of(custom), this.mapper);
		assertThat(mappers.forProvider(registration("special", null))).isSameAs(custom);
		assertThat(mappers.forProvider(registration("special", preset))).isSameAs(custom);
		assertThat(mappers.forProvider(registration("other", preset))).isSameAs(preset);
		assertThat(mappers.forProvider(registration("other", null))).isSameAs(this.mapper);
		assertThat(mappers.isStandard(registration("other", null))).isTrue();
		assertThat(mappers.isStandard(registration("other", preset))).isFalse();
	}

	@Test
	void aMapperMustNameAProvider() {
		assertThatIllegalArgumentException().isThrownBy(() -> UserInfoMapper.forProviders((request) -> null));
	}

	private static ProviderRegistration registration(String id, UserInfoMapping mapping) {
		return ProviderRegistration.builder(id)
			.clientId("client")
			.authorizationUri("https://idp.example.com/authorize")
			.tokenUri("https://idp.example.com/token")
			.mapping(mapping)
			.build();
	}

}
